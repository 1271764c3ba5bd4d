<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "user-profile-commons.ftl" as userProfileCommons>
<#import "register-commons.ftl" as registerCommons>
<#import "password-validation.ftl" as validator>
<#-- 新規登録（個人） (seed 004): keycloak.v2's sign-up form with the fields an individual fills in. The flow's
     RegistrationKanaFormAction hands over houjinSignUpRequired (email, names, kana), the fields it requires on
     sign-up but the user profile does not (directory users may have no email): those are marked ※, and they are
     the only attributes of the corporate directory (group "houjin": グループ名, 法人ID, …) the page asks for. No
     ユーザー名: an individual signs in with the address, which RegistrationAddressFormAction makes the username (a
     username refusal, e.g. an address already taken as one, is shown at the address). -->
<#assign signUpRequired = houjinSignUpRequired![]>
<@layout.registrationLayout displayMessage=messagesPerField.exists('global') displayRequiredFields=true; section>
    <#if section = "header">
        ${msg("houjinRegistrationTitle")}
    <#elseif section = "form">
        <form id="kc-register-form" class="${properties.kcFormClass!}" action="${url.registrationAction}" method="post" novalidate="novalidate">
            <#list profile.attributes as attribute>
                <#if attribute.name == 'locale'>
                    <#if realm.internationalizationEnabled && locale.currentLanguageTag?has_content>
                        <input type="hidden" id="locale" name="locale" value="${locale.currentLanguageTag}"/>
                    </#if>
                <#elseif attribute.name == 'username'>
                <#elseif ((attribute.group.name)!"") != "houjin" || signUpRequired?seq_contains(attribute.name)>
                    <#-- The kana fields get the theme's own labels (the user profile's read "… / Family name (kana)"). -->
                    <#assign fieldLabel = (attribute.name == 'kanaLastName')?then(msg("houjinProfileKanaLastName"),
                            (attribute.name == 'kanaFirstName')?then(msg("houjinProfileKanaFirstName"), advancedMsg(attribute.displayName!'')))>
                    <@field.group name=attribute.name label=fieldLabel
                            error=(attribute.name == 'email')?then(messagesPerField.getFirstError('email', 'username'), messagesPerField.get(attribute.name))
                            required=(attribute.required || signUpRequired?seq_contains(attribute.name))>
                        <div class="${properties.kcInputWrapperClass!}">
                            <@userProfileCommons.inputFieldByType attribute=attribute/>
                        </div>
                    </@field.group>
                    <#if passwordRequired?? && attribute.name == 'email'>
                        <@field.password name="password" required=true label=msg("password") autocomplete="new-password" />
                        <@field.password name="password-confirm" required=true label=msg("passwordConfirm") autocomplete="new-password" />
                    </#if>
                </#if>
            </#list>

            <@registerCommons.termsAcceptance/>

            <#-- reCAPTCHA as in keycloak.v2, for realms that add it to the registration flow. -->
            <#if recaptchaRequired?? && (recaptchaVisible!false)>
                <div class="form-group">
                    <div class="${properties.kcInputWrapperClass!}">
                        <div class="g-recaptcha" data-size="compact" data-sitekey="${recaptchaSiteKey}" data-action="${recaptchaAction}"></div>
                    </div>
                </div>
            </#if>
            <div id="kc-form-buttons" class="${properties.kcFormButtonsClass!}">
                <#if recaptchaRequired?? && !(recaptchaVisible!false)>
                    <script>
                        function onSubmitRecaptcha(token) {
                            document.getElementById("kc-register-form").requestSubmit();
                        }
                    </script>
                    <button class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!} g-recaptcha"
                            data-sitekey="${recaptchaSiteKey}" data-callback="onSubmitRecaptcha" data-action="${recaptchaAction}" type="submit" id="kc-submit">
                        ${msg("houjinRegistrationSubmit")}
                    </button>
                <#else>
                    <input class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}"
                           type="submit" id="kc-submit" value="${msg("houjinRegistrationSubmit")}"/>
                </#if>
            </div>

            <div class="${properties.kcFormGroupClass!} pf-v5-c-login__main-footer-band">
                <div id="kc-form-options" class="${properties.kcFormOptionsClass!} pf-v5-c-login__main-footer-band-item">
                    <div class="${properties.kcFormOptionsWrapperClass!}">
                        <span><a href="${url.loginUrl}">${msg("backToLogin")}</a></span>
                    </div>
                </div>
            </div>
        </form>

        <@validator.templates/>
        <@validator.script field="password"/>
    </#if>
</@layout.registrationLayout>
