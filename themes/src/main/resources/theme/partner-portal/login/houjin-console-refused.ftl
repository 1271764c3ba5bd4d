<#import "houjin-console.ftl" as console_>
<#-- What the console answers when it does nothing: not a corporate admin, a form without the session's token, a user
     not found. The message says which. -->
<@console_.page id="houjin-console-refused" title="houjinConsoleRefusedTitle">
    <#if (console.admin!false) && console.corporationName??>
        <p class="houjin-console-back"><a id="houjin-back-to-list" href="${console.staffUrl}">${msg("houjinConsoleBackToList")}</a></p>
    <#elseif console.operator??>
        <p class="houjin-console-back"><a id="houjin-back-to-corporations" href="${console.corporationsUrl}">${msg("houjinCorporationBackToList")}</a></p>
    <#elseif console.myGroupUrl??>
        <p class="houjin-console-back"><a id="houjin-to-my-group" href="${console.myGroupUrl}">${msg("houjinConsoleMyGroup")}</a></p>
    </#if>
</@console_.page>
