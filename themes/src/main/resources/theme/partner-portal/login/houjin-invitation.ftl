<#import "template.ftl" as layout>
<#import "houjin-fields.ftl" as fields>
<#-- ユーザー認証 (seed 000, 1-2 and 2-3). mode "invitation": opened from the invitation mail; "firstLogin": from
     「初めてログインする方はこちら」 for users invited without email. -->
<@layout.registrationLayout displayMessage=true; section>
<#assign fromMail = houjin.mode == "invitation">
<#if section = "header">
    ${msg(fromMail?then("houjinInvitationTitle", "houjinFirstLoginTitle"))}
<#elseif section = "form">
    <p class="houjin-note" id="houjin-invitation-intro">${msg(fromMail?then("houjinInvitationIntro", "houjinFirstLoginIntro"))}</p>
    <form id="houjin-form-invitation" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
        <input type="hidden" name="houjinFirstLogin" value="${houjin.mode}"/>
        <@fields.corporateAccount loginLabel=msg(fromMail?then("houjinLoginId", "houjinUserId"))/>
        <@fields.text name="password" label=msg("houjinTemporaryPassword") type="password" autocomplete="one-time-code"
                example=msg("houjinTemporaryPasswordNote")/>
        <@fields.termsAcceptance url=houjin.termsUrl/>
        <div class="${properties.kcFormGroupClass}">
            <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="houjin-authenticate" type="submit">${msg("houjinAuthenticate")}</button>
        </div>
    </form>
    <#if !fromMail>
        <p class="houjin-note" id="houjin-invited-by-mail-note">${msg("houjinInvitedByMailNote")}</p>
        <form action="${url.loginAction}" method="post">
            <button type="submit" id="houjin-back" name="houjinInfo" value="back" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}">${msg("houjinBackToLogin")}</button>
        </form>
    </#if>
</#if>
</@layout.registrationLayout>
