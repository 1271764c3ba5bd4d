<#import "template.ftl" as layout>
<#import "password-commons.ftl" as passwordCommons>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "password-validation.ftl" as validator>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password','password-confirm'); section>
<#-- Keycloak's update-password page; for a corporate account (NewPasswordPage: houjinAccount) it first names whose
     password is set, as seed 002's new-password screen does: 法人名, 氏名, ログインID. -->
    <#if section = "header">
        ${msg("updatePasswordTitle")}
    <#elseif section = "form">
        <#if houjinAccount??>
            <dl id="houjin-password-account" class="houjin-confirm">
                <dt>${msg("houjinCorporationName")}</dt><dd id="houjin-account-corporation">${houjinAccount.corporationName}</dd>
                <dt>${msg("houjinProfileName")}</dt><dd id="houjin-account-name">${houjinAccount.name}</dd>
                <dt>${msg("houjinLoginIdShort")}</dt><dd id="houjin-account-login-id">${houjinAccount.loginId}</dd>
            </dl>
            <p class="houjin-note">${msg("houjinNewPasswordRemember")}</p>
        </#if>
        <form id="kc-passwd-update-form" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.password name="password-new" label=msg("passwordNew") fieldName="password" autocomplete="new-password" autofocus=true />
            <@field.password name="password-confirm" label=msg("passwordConfirm") autocomplete="new-password" />

            <div class="${properties.kcFormGroupClass!}">
                <@passwordCommons.logoutOtherSessions/>
            </div>

            <@buttons.actionGroup horizontal=true>
                <#if isAppInitiatedAction??>
                    <@buttons.button id="kc-submit" name="login" label="doSubmit"/>
                    <@buttons.button id="kc-cancel" label="doCancel" name="cancel-aia" type="secondary"/>
                <#else>
                    <@buttons.button id="kc-submit" name="login" label="doSubmit"/>
                </#if>
            </@buttons.actionGroup>
        </form>

        <@validator.templates/>
        <@validator.script field="password-new"/>
    </#if>
</@layout.registrationLayout>
