<#import "field.ftl" as field>
<#-- The partner-portal form fields, composed by the pages (as keycloak.v2's field.ftl is). -->

<#-- One input in Keycloak's field group, with its error under it and an optional example line (the input is described
     by it). id: when the input's id differs from its name (the individual tab's password); invalid: whether this
     field shows its error (a page with two forms shows each error in its own form only); reveal: a 表示 button beside
     a password (houjin-profile.js toggles it); a password never shows a value. Nested content goes under the
     example. -->
<#macro text name label value="" id=name type="text" autocomplete="off" required=true example="" inputmode="" maxlength=300
        autofocus=false invalid=messagesPerField.existsError(name) reveal=false>
    <@field.group name=id label=label error=invalid?then(kcSanitize(messagesPerField.get(name))?no_esc, "") required=required>
        <#if reveal><div class="${properties.kcInputGroup}"></#if>
        <span class="${properties.kcInputClass} <#if invalid>${properties.kcError}</#if>">
            <input id="${id}" name="${name}"<#if type != "password"> value="${value}"</#if> type="${type}"<#if autocomplete?has_content> autocomplete="${autocomplete}"</#if> maxlength="${maxlength?c}"
                   <#if inputmode?has_content>inputmode="${inputmode}"</#if> <#if autofocus>autofocus</#if> <#if example?has_content>aria-describedby="${id}-example"</#if> aria-invalid="${invalid?c}"/>
        </span>
        <#if reveal>
            <button type="button" id="houjin-show-password" class="${properties.kcButtonSecondaryClass}"
                    data-show="${msg('houjinShow')}" data-hide="${msg('houjinHide')}">${msg("houjinShow")}</button>
        </div>
        </#if>
        <#if example?has_content><div id="${id}-example" class="houjin-example">${example}</div></#if>
        <#nested>
    </@field.group>
</#macro>

<#-- 法人ID and ユーザーID (or ユーザーIDまたはメールアドレス), as the pages of the corporate form ask for them. -->
<#macro corporateAccount loginLabel=msg("houjinLoginId") autofocus=true emailSignIn=false>
    <@text name="corporateId" label=msg("houjinCorporateId") value=houjin.corporateId inputmode="numeric" autocomplete="organization"
           maxlength=32 autofocus=autofocus required=!emailSignIn
           example=emailSignIn?then(msg("houjinCorporateIdExample") + " " + msg("houjinCorporateIdEmailSignIn"), msg("houjinCorporateIdExample"))/>
    <@text name="loginId" label=loginLabel value=houjin.login autocomplete="username" example=msg("houjinLoginIdExample")/>
</#macro>

<#-- The 利用規約 link (its address is worked out once, on the server) and the box that accepts them. -->
<#macro termsAcceptance url>
    <div class="${properties.kcFormGroupClass}">
        <p class="houjin-note"><a id="houjin-terms-link" href="${url}" target="_blank" rel="noopener noreferrer">${msg("houjinTermsLink")}</a></p>
        <div class="${properties.kcCheckboxClass!}">
            <input class="${properties.kcCheckboxInputClass!}" type="checkbox" id="acceptTerms" name="acceptTerms"
                   aria-invalid="${messagesPerField.existsError('acceptTerms')?c}"/>
            <label class="${properties.kcCheckboxLabelClass!}" for="acceptTerms">${msg("houjinAcceptTerms")}</label>
        </div>
        <#if messagesPerField.existsError('acceptTerms')>
            <span id="input-error-container-acceptTerms" class="${properties.kcInputErrorMessageClass!}" aria-live="polite">${kcSanitize(messagesPerField.get('acceptTerms'))?no_esc}</span>
        </#if>
    </div>
</#macro>

<#-- The realm's password rules (PasswordRuleHints: the houjin-password-rules policy the server judges with), ticked
     off while typing by houjin-profile.js; nothing when the realm's policy has no such entry (its rules then come
     from Keycloak's own messages on refusal). -->
<#macro passwordRules rules userId="">
    <#if rules?has_content>
        <ul id="houjin-password-rules" class="houjin-rules" data-user-id="${userId}" aria-label="${msg('houjinRulesLabel')}">
            <#list rules as r>
                <li class="houjin-rule" data-rule="${r.rule}" data-p1="${r.p1}" data-p2="${r.p2}" data-state="pending">${msg("houjinRule_" + r.rule, r.p1, r.p2)}</li>
            </#list>
        </ul>
    </#if>
</#macro>
