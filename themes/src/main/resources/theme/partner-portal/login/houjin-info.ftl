<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
<#if section = "header">
    ${msg("houjinInfoTitle_" + houjinInfo)}
<#elseif section = "form">
    <p id="houjin-info-text">${msg("houjinInfoText_" + houjinInfo)}</p>
    <form action="${url.loginAction}" method="post">
        <button type="submit" id="houjin-back" name="houjinInfo" value="back" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}">${msg("houjinBackToLogin")}</button>
    </form>
</#if>
</@layout.registrationLayout>
