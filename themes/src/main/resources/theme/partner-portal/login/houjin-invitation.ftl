<#import "template.ftl" as layout>
<#import "field.ftl" as field>
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
        <@field.group name="corporateId" label=msg("houjinCorporateId") error=kcSanitize(messagesPerField.get('corporateId'))?no_esc required=true>
            <span class="${properties.kcInputClass} <#if messagesPerField.existsError('corporateId')>${properties.kcError}</#if>">
                <input id="corporateId" name="corporateId" value="${houjin.corporateId}" type="text" inputmode="numeric"
                       autocomplete="organization" maxlength="32" autofocus aria-describedby="corporateId-example"
                       aria-invalid="${messagesPerField.existsError('corporateId')?c}"/>
            </span>
            <div id="corporateId-example" class="houjin-example">${msg("houjinCorporateIdExample")}</div>
        </@field.group>
        <@field.group name="loginId" label=msg(fromMail?then("houjinLoginId", "houjinUserId")) error=kcSanitize(messagesPerField.get('loginId'))?no_esc required=true>
            <span class="${properties.kcInputClass} <#if messagesPerField.existsError('loginId')>${properties.kcError}</#if>">
                <input id="loginId" name="loginId" value="${houjin.login}" type="text" autocomplete="username" maxlength="300"
                       aria-describedby="loginId-example" aria-invalid="${messagesPerField.existsError('loginId')?c}"/>
            </span>
            <div id="loginId-example" class="houjin-example">${msg("houjinLoginIdExample")}</div>
        </@field.group>
        <@field.group name="password" label=msg("houjinTemporaryPassword") error=kcSanitize(messagesPerField.get('password'))?no_esc required=true>
            <span class="${properties.kcInputClass} <#if messagesPerField.existsError('password')>${properties.kcError}</#if>">
                <input id="password" name="password" type="password" autocomplete="one-time-code" maxlength="300"/>
            </span>
            <div class="houjin-example">${msg("houjinTemporaryPasswordNote")}</div>
        </@field.group>
        <div class="${properties.kcFormGroupClass}">
            <#assign termsUrl = houjin.termsUrl?has_content?then(houjin.termsUrl, url.resourcesPath + "/terms/terms_" + ((locale.currentLanguageTag)!"ja") + ".html")>
            <p class="houjin-note"><a id="houjin-terms-link" href="${termsUrl}" target="_blank" rel="noopener noreferrer">${msg("houjinTermsLink")}</a></p>
            <div class="${properties.kcCheckboxClass!}">
                <input class="${properties.kcCheckboxInputClass!}" type="checkbox" id="acceptTerms" name="acceptTerms"
                       aria-invalid="${messagesPerField.existsError('acceptTerms')?c}"/>
                <label class="${properties.kcCheckboxLabelClass!}" for="acceptTerms">${msg("houjinAcceptTerms")}</label>
            </div>
            <#if messagesPerField.existsError('acceptTerms')>
                <span id="input-error-container-acceptTerms" class="${properties.kcInputErrorMessageClass!}" aria-live="polite">${kcSanitize(messagesPerField.get('acceptTerms'))?no_esc}</span>
            </#if>
        </div>
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
