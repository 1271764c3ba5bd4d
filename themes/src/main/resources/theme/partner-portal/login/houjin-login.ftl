<#import "template.ftl" as layout>
<#import "field.ftl" as field>
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
            <@field.group name="corporateId" label=msg("houjinCorporateId") error=kcSanitize(messagesPerField.get('corporateId'))?no_esc required=true>
                <span class="${properties.kcInputClass} <#if messagesPerField.existsError('corporateId')>${properties.kcError}</#if>">
                    <input id="corporateId" name="corporateId" value="${houjin.corporateId}" type="text" inputmode="numeric"
                           autocomplete="organization" maxlength="32" <#if !houjin.corporateId?has_content>autofocus</#if>
                           aria-describedby="corporateId-example" aria-invalid="${messagesPerField.existsError('corporateId')?c}"/>
                </span>
                <div id="corporateId-example" class="houjin-example">${msg("houjinCorporateIdExample")}</div>
            </@field.group>
            <@field.group name="loginId" label=msg("houjinLoginId") error=kcSanitize(messagesPerField.get('loginId'))?no_esc required=true>
                <span class="${properties.kcInputClass} <#if messagesPerField.existsError('loginId')>${properties.kcError}</#if>">
                    <input id="loginId" name="loginId" value="${houjin.login}" type="text" autocomplete="username" maxlength="300"
                           aria-describedby="loginId-example" aria-invalid="${messagesPerField.existsError('loginId')?c}"/>
                </span>
                <div id="loginId-example" class="houjin-example">${msg("houjinLoginIdExample")}</div>
            </@field.group>
            <@field.group name="password" label=msg("houjinPassword") error=(corporateTab?then(kcSanitize(messagesPerField.get('password'))?no_esc, "")) required=true>
                <span class="${properties.kcInputClass} <#if corporateTab && messagesPerField.existsError('password')>${properties.kcError}</#if>">
                    <input id="password" name="password" type="password" autocomplete="current-password" maxlength="300"
                           <#if houjin.corporateId?has_content>autofocus</#if>/>
                </span>
            </@field.group>
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
            <@field.group name="email" label=msg("houjinEmail") error=kcSanitize(messagesPerField.get('email'))?no_esc required=true>
                <span class="${properties.kcInputClass} <#if messagesPerField.existsError('email')>${properties.kcError}</#if>">
                    <input id="email" name="email" value="${houjin.email}" type="email" autocomplete="email" maxlength="300"
                           aria-invalid="${messagesPerField.existsError('email')?c}"/>
                </span>
            </@field.group>
            <@field.group name="individualPassword" label=msg("houjinPassword") error=((!corporateTab)?then(kcSanitize(messagesPerField.get('password'))?no_esc, "")) required=true>
                <span class="${properties.kcInputClass}">
                    <input id="individualPassword" name="password" type="password" autocomplete="current-password" maxlength="300"/>
                </span>
            </@field.group>
            <div class="${properties.kcFormGroupClass}">
                <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="houjin-individual-login" name="submitLogin" type="submit">${msg("houjinDoLogin")}</button>
            </div>
        </form>
        <#if realm.registrationAllowed>
            <p class="houjin-links"><a id="houjin-register-individual" href="${url.registrationUrl}">${msg("houjinRegisterIndividual")}</a></p>
        </#if>
    </div>
    <script src="${url.resourcesPath}/js/houjin-login.js" defer></script>
</#if>
</@layout.registrationLayout>
