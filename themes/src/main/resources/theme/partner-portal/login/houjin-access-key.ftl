<#import "template.ftl" as layout>
<#import "houjin-fields.ftl" as fields>
<#-- Certificate sign-in, second step (seed 003, 1.2 (3)): アクセスキー (8 digits) + パスワード. -->
<@layout.registrationLayout displayMessage=true; section>
<#if section = "header">
    ${msg("houjinAccessKeyTitle")}
<#elseif section = "form">
    <p class="houjin-note" id="houjin-access-key-intro">${msg("houjinAccessKeyIntro")}</p>
    <#if houjin.subject?has_content>
        <p class="houjin-note" id="houjin-certificate-subject">${msg("houjinCertificateSubject", houjin.subject)}</p>
    </#if>
    <form id="houjin-form-access-key" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
        <@fields.text name="accessKey" label=msg("houjinAccessKey") inputmode="numeric" maxlength=32 autofocus=true
                example=msg("houjinAccessKeyExample")/>
        <@fields.text name="password" label=msg("houjinPassword") type="password" autocomplete="current-password"
                example=msg("houjinInitialPasswordNote")/>
        <div class="${properties.kcFormGroupClass}">
            <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="houjin-access-key-login" type="submit">${msg("houjinDoLogin")}</button>
        </div>
    </form>
    <p class="houjin-note" id="houjin-access-key-help">${msg("houjinAccessKeyHelp")}</p>
</#if>
</@layout.registrationLayout>
