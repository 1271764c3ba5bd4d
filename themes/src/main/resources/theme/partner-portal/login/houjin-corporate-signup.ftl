<#import "template.ftl" as layout>
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
            <@fields.text name="password" label=msg("houjinPassword") type="password" autocomplete="new-password">
                <@fields.passwordRules rules=houjin.rules userId=houjin.ruleUserId/>
            </@fields.text>
            <@fields.text name="password-confirm" label=msg("houjinPasswordConfirm") type="password" autocomplete="new-password"/>
            <@fields.termsAcceptance url=houjin.termsUrl/>
            <div class="${properties.kcFormGroupClass}">
                <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="houjin-corporate-signup-submit" type="submit">${msg("houjinRegister")}</button>
            </div>
        </form>
        <script src="${url.resourcesPath}/js/houjin-profile.js" defer></script>
    </#if>
    <form action="${url.loginAction}" method="post">
        <button type="submit" id="houjin-back" name="houjinInfo" value="back" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}">${msg("houjinBackToLogin")}</button>
    </form>
</#if>
</@layout.registrationLayout>
