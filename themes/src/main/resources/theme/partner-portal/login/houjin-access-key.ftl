<#import "template.ftl" as layout>
<#import "field.ftl" as field>
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
        <@field.group name="accessKey" label=msg("houjinAccessKey") error=kcSanitize(messagesPerField.get('accessKey'))?no_esc required=true>
            <span class="${properties.kcInputClass} <#if messagesPerField.existsError('accessKey')>${properties.kcError}</#if>">
                <input id="accessKey" name="accessKey" value="" type="text" inputmode="numeric" autocomplete="off" maxlength="32"
                       autofocus aria-invalid="${messagesPerField.existsError('accessKey')?c}"/>
            </span>
            <div class="houjin-example">${msg("houjinAccessKeyExample")}</div>
        </@field.group>
        <@field.group name="password" label=msg("houjinPassword") error=kcSanitize(messagesPerField.get('password'))?no_esc required=true>
            <span class="${properties.kcInputClass} <#if messagesPerField.existsError('password')>${properties.kcError}</#if>">
                <input id="password" name="password" type="password" autocomplete="current-password" maxlength="300"
                       aria-invalid="${messagesPerField.existsError('password')?c}"/>
            </span>
            <div class="houjin-example">${msg("houjinInitialPasswordNote")}</div>
        </@field.group>
        <div class="${properties.kcFormGroupClass}">
            <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="houjin-access-key-login" type="submit">${msg("houjinDoLogin")}</button>
        </div>
    </form>
    <p class="houjin-note" id="houjin-access-key-help">${msg("houjinAccessKeyHelp")}</p>
</#if>
</@layout.registrationLayout>
