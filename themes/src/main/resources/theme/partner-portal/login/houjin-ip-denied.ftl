<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
<#if section = "header">
    ${msg("houjinIpDeniedTitle")}
<#elseif section = "form">
    <div class="houjin-ip-denied" id="houjin-ip-denied" role="alert">
        <p class="houjin-ip-denied-text">${msg("houjinIpDeniedText")}</p>
    </div>
    <p class="houjin-note">${msg("houjinIpDeniedHelp")}</p>
    <#if houjinHelpUrl??>
        <p class="houjin-links"><a id="houjin-login-help" href="${houjinHelpUrl}" target="_blank" rel="noopener noreferrer">${msg("houjinLoginHelpLink")}</a></p>
    </#if>
</#if>
</@layout.registrationLayout>
