<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "houjin-fields.ftl" as fields>
<#-- 新規登録（法人） (seed 004). step "input": the form; "sent": 本登録のお願い, the same for every address. -->
<@layout.registrationLayout displayMessage=true; section>
<#if section = "header">
    ${msg((houjin.step == "sent")?then("houjinCorporateSignupSentTitle", "houjinCorporateSignupTitle"))}
<#elseif section = "form">
    <#if houjin.step == "sent">
        <p class="houjin-note" id="houjin-corporate-signup-sent">${msg("houjinCorporateSignupSent", houjin.email, houjin.hours)}</p>
        <p class="houjin-note">${msg("houjinCorporateSignupSentNote")}</p>
    <#else>
        <p class="houjin-note" id="houjin-corporate-signup-intro">${msg("houjinCorporateSignupIntro")}</p>
        <form id="houjin-form-corporate-signup" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <input type="hidden" name="houjinCorporateSignup" value="submit"/>
            <@fields.text name="corporationName" label=msg("houjinCorporationName") value=houjin.corporationName autocomplete="organization" example=msg("houjinCorporationNameExample")/>
            <@fields.text name="corporateNumber" label=msg("houjinCorporateNumberOptional") value=houjin.corporateNumber inputmode="numeric" required=false example=msg("houjinCorporateNumberNote")/>
            <@fields.text name="lastName" label=msg("houjinProfileLastName") value=houjin.lastName autocomplete="family-name" example=msg("houjinProfileLastNameExample")/>
            <@fields.text name="firstName" label=msg("houjinProfileFirstName") value=houjin.firstName autocomplete="given-name" example=msg("houjinProfileFirstNameExample")/>
            <@fields.text name="kanaLastName" label=msg("houjinProfileKanaLastName") value=houjin.kanaLastName example=msg("houjinProfileKanaLastNameExample")/>
            <@fields.text name="kanaFirstName" label=msg("houjinProfileKanaFirstName") value=houjin.kanaFirstName example=msg("houjinProfileKanaFirstNameExample")/>
            <@fields.text name="email" label=msg("houjinEmail") value=houjin.email type="email" autocomplete="email" example=msg("houjinCorporateSignupEmailNote")/>
            <@field.group name="password" label=msg("houjinPassword") error=kcSanitize(messagesPerField.get('password'))?no_esc required=true>
                <span class="${properties.kcInputClass} <#if messagesPerField.existsError('password')>${properties.kcError}</#if>">
                    <input id="password" name="password" type="password" autocomplete="new-password" maxlength="300"
                           aria-invalid="${messagesPerField.existsError('password')?c}"/>
                </span>
                <div class="houjin-example">${msg("houjinPasswordRules")}<br/>${msg("houjinPasswordSymbols")}</div>
            </@field.group>
            <@field.group name="password-confirm" label=msg("houjinPasswordConfirm") error=kcSanitize(messagesPerField.get('password-confirm'))?no_esc required=true>
                <span class="${properties.kcInputClass} <#if messagesPerField.existsError('password-confirm')>${properties.kcError}</#if>">
                    <input id="password-confirm" name="password-confirm" type="password" autocomplete="new-password" maxlength="300"
                           aria-invalid="${messagesPerField.existsError('password-confirm')?c}"/>
                </span>
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
                <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="houjin-corporate-signup-submit" type="submit">${msg("houjinRegister")}</button>
            </div>
        </form>
    </#if>
    <form action="${url.loginAction}" method="post">
        <button type="submit" id="houjin-back" name="houjinInfo" value="back" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}">${msg("houjinBackToLogin")}</button>
    </form>
</#if>
</@layout.registrationLayout>
