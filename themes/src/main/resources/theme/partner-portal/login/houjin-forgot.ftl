<#import "template.ftl" as layout>
<#import "houjin-fields.ftl" as fields>
<#-- パスワードを忘れた方 (seed 000 FAQ ⑤). step "input": the form; "sent": the same answer for every account. -->
<@layout.registrationLayout displayMessage=true; section>
<#if section = "header">
    ${msg("houjinForgotTitle")}
<#elseif section = "form">
    <#if houjin.step == "sent">
        <p class="houjin-note" id="houjin-forgot-sent">${msg("houjinForgotSent", msg("houjinDuration_" + houjin.lifespan.unit, houjin.lifespan.amount))}</p>
        <p class="houjin-note" id="houjin-forgot-no-email">${msg("houjinForgotNoEmail")}</p>
    <#else>
        <p class="houjin-note" id="houjin-forgot-intro">${msg("houjinForgotIntro")}</p>
        <form id="houjin-form-forgot" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <input type="hidden" name="houjinForgot" value="submit"/>
            <@fields.corporateAccount/>
            <div class="${properties.kcFormGroupClass}">
                <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="houjin-send-reset" type="submit">${msg("houjinForgotSend")}</button>
            </div>
        </form>
        <p class="houjin-note">${msg("houjinForgotNoEmail")}</p>
        <form class="houjin-links" action="${url.loginAction}" method="post">
            <button type="submit" id="houjin-admin-reset" name="houjinInfo" value="adminReset" class="pf-v5-c-button pf-m-link pf-m-inline">${msg("houjinAdminResetLink")}</button>
        </form>
    </#if>
    <form action="${url.loginAction}" method="post">
        <button type="submit" id="houjin-back" name="houjinInfo" value="back" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}">${msg("houjinBackToLogin")}</button>
    </form>
</#if>
</@layout.registrationLayout>
