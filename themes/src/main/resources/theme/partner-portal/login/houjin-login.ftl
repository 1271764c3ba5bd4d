<#import "template.ftl" as layout>
<#import "houjin-fields.ftl" as fields>
<@layout.registrationLayout displayMessage=true; section>
<#if section = "header">
    ${msg("houjinLoginTitle")}
<#elseif section = "form">
    <#assign corporateTab = houjin.tab != "individual">
    <div class="houjin-tabs" role="tablist">
        <button type="button" role="tab" id="houjin-tab-corporate" class="houjin-tab" aria-controls="houjin-panel-corporate"
                aria-selected="${corporateTab?c}">${msg("houjinTabCorporate")}</button>
        <button type="button" role="tab" id="houjin-tab-individual" class="houjin-tab" aria-controls="houjin-panel-individual"
                aria-selected="${(!corporateTab)?c}">${msg("houjinTabIndividual")}</button>
    </div>

    <div id="houjin-panel-corporate" role="tabpanel" aria-labelledby="houjin-tab-corporate" <#if !corporateTab>hidden</#if>>
        <form id="kc-form-login" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <input type="hidden" name="tab" value="corporate"/>
            <@fields.corporateAccount autofocus=!(houjin.corporateId?has_content || houjin.login?has_content) emailSignIn=true/>
            <@fields.text name="password" label=msg("houjinPassword") type="password" autocomplete="current-password"
                    autofocus=(houjin.corporateId?has_content || houjin.login?has_content) invalid=(corporateTab && messagesPerField.existsError('password'))/>
            <div class="${properties.kcFormGroupClass}">
                <div class="${properties.kcCheckboxClass!}">
                    <input class="${properties.kcCheckboxInputClass!}" type="checkbox" id="rememberIds" name="rememberIds" <#if houjin.remember>checked</#if>/>
                    <label class="${properties.kcCheckboxLabelClass!}" for="rememberIds">${msg("houjinRememberIds")}</label>
                </div>
            </div>
            <div class="${properties.kcFormGroupClass}">
                <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="kc-login" name="submitLogin" type="submit">${msg("houjinDoLogin")}</button>
            </div>
        </form>
        <form class="houjin-links" action="${url.loginAction}" method="post">
            <button type="submit" id="houjin-first-login" name="houjinInfo" value="firstLogin" class="pf-v5-c-button pf-m-link pf-m-inline">${msg("houjinFirstLoginLink")}</button>
            <button type="submit" id="houjin-forgot-password" name="houjinInfo" value="forgotPassword" class="pf-v5-c-button pf-m-link pf-m-inline">${msg("houjinForgotPasswordLink")}</button>
            <button type="submit" id="houjin-add-admin" name="houjinInfo" value="addAdmin" class="pf-v5-c-button pf-m-link pf-m-inline">${msg("houjinAddAdminLink")}</button>
            <#if realm.registrationAllowed>
                <button type="submit" id="houjin-register-corporate" name="houjinInfo" value="corporateSignup" class="pf-v5-c-button pf-m-link pf-m-inline">${msg("houjinRegisterCorporate")}</button>
            </#if>
        </form>
        <p class="houjin-note">${msg("houjinForgotIdsNote")}</p>
    </div>

    <div id="houjin-panel-individual" role="tabpanel" aria-labelledby="houjin-tab-individual" <#if corporateTab>hidden</#if>>
        <form id="houjin-form-individual" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <input type="hidden" name="tab" value="individual"/>
            <p class="houjin-note">${msg("houjinIndividualNote")}</p>
            <@fields.text name="email" label=msg("houjinEmail") value=houjin.email type="email" autocomplete="email"/>
            <@fields.text name="password" id="individualPassword" label=msg("houjinPassword") type="password"
                    autocomplete="current-password" invalid=(!corporateTab && messagesPerField.existsError('password'))/>
            <div class="${properties.kcFormGroupClass}">
                <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="houjin-individual-login" name="submitLogin" type="submit">${msg("houjinDoLogin")}</button>
            </div>
        </form>
        <p class="houjin-links">
            <#if realm.resetPasswordAllowed>
                <a id="houjin-forgot-individual" href="${url.loginResetCredentialsUrl}">${msg("houjinForgotPasswordLink")}</a>
            </#if>
            <#if realm.registrationAllowed>
                <a id="houjin-register-individual" href="${url.registrationUrl}">${msg("houjinRegisterIndividual")}</a>
            </#if>
        </p>
    </div>
    <script src="${url.resourcesPath}/js/houjin-login.js" defer></script>
</#if>
</@layout.registrationLayout>
