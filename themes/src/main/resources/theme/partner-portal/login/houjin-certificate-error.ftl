<#import "template.ftl" as layout>
<#-- Certificate sign-in, first step: why the client certificate was refused (the page message), and a retry. -->
<@layout.registrationLayout displayMessage=true; section>
<#if section = "header">
    ${msg("houjinCertificateTitle")}
<#elseif section = "form">
    <#if houjinCertificate?has_content>
        <p class="houjin-note" id="houjin-certificate-subject">${msg("houjinCertificateSubject", houjinCertificate)}</p>
    </#if>
    <p class="houjin-note" id="houjin-certificate-help">${msg("houjinCertificateHelp")}</p>
    <form class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
        <div class="${properties.kcFormGroupClass}">
            <button type="submit" id="houjin-certificate-retry" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}">${msg("houjinCertificateRetry")}</button>
        </div>
    </form>
</#if>
</@layout.registrationLayout>
