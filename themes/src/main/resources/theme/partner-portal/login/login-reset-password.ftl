<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#-- パスワードを忘れた方 of the 個人の方 tab (seed 004): Keycloak's reset-credentials page, asking for what an
     individual signs in with — the email address. Corporate accounts recover through the corporate tab's own form;
     the flow answers them as it answers an unknown address (no mail), so this page tells nobody which kind exists. -->
<@layout.registrationLayout displayInfo=true displayMessage=!messagesPerField.existsError('username'); section>
    <#if section = "header">
        ${msg("houjinIndividualForgotTitle")}
    <#elseif section = "form">
        <form id="kc-reset-password-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@field.input name="username" label=msg("houjinEmail") value=auth.attemptedUsername!'' autofocus=true />

            <@buttons.actionGroup>
              <@buttons.button id="kc-form-buttons" label="doSubmit"/>
              <@buttons.buttonLink href=url.loginUrl label="backToLogin"/>
            </@buttons.actionGroup>
        </form>
    <#elseif section = "info" >
        <span class="${properties.kcLoginMainFooterHelperText!}" id="houjin-individual-forgot-note">${msg("houjinIndividualForgotNote")}</span>
    </#if>
</@layout.registrationLayout>
