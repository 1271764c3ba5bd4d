<#import "template.ftl" as layout>
<#-- 本登録 of 新規登録（法人）, opened from the mail. step "confirm": the button; "done": the 法人ID to sign in with;
     "error": the page message says why the link does not work. -->
<@layout.registrationLayout displayMessage=(houjin.step == "error"); section>
<#if section = "header">
    ${msg((houjin.step == "done")?then("houjinCorporateConfirmDoneTitle", "houjinCorporateConfirmTitle"))}
<#elseif section = "form">
    <#if houjin.step == "confirm">
        <p class="houjin-note" id="houjin-corporate-confirm-intro">${msg("houjinCorporateConfirmIntro", houjin.corporationName, houjin.email)}</p>
        <form id="houjin-form-corporate-confirm" class="${properties.kcFormClass!}" action="${houjin.action}" method="post">
            <input type="hidden" name="key" value="${houjin.key}"/>
            <div class="${properties.kcFormGroupClass}">
                <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="houjin-corporate-confirm" type="submit">${msg("houjinCorporateConfirmSubmit")}</button>
            </div>
        </form>
    <#elseif houjin.step == "done">
        <p class="houjin-note" id="houjin-corporate-confirm-done">${msg("houjinCorporateConfirmDone")}</p>
        <dl class="houjin-ids">
            <dt>${msg("houjinCorporateId")}</dt><dd id="houjin-new-corporate-id">${houjin.corporateId}</dd>
            <dt>${msg("houjinLoginId")}</dt><dd id="houjin-new-login">${houjin.email}（${msg("houjinOrUserId", houjin.userId)}）</dd>
        </dl>
        <p class="houjin-note">${msg("houjinCorporateConfirmKeepId")}</p>
        <p><a id="houjin-sign-in" class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" href="${houjin.signInUrl}">${msg("houjinGoToSignIn")}</a></p>
    <#else>
        <p><a id="houjin-sign-in" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}" href="${houjin.signInUrl}">${msg("houjinGoToSignIn")}</a></p>
    </#if>
</#if>
</@layout.registrationLayout>
