<#import "template.ftl" as layout>
<#-- An existing admin's link about a request for admin rights (seed 002). step "confirm": who asked and one button
     (approve or cancel); "done": the outcome; "error": the page message says why the link does not work. -->
<@layout.registrationLayout displayMessage=(houjin.step == "error"); section>
<#if section = "header">
    ${msg((houjin.step == "confirm")?then("houjinAdminRequestTitle_" + houjin.decision, "houjinAdminRequestTitle_done"))}
<#elseif section = "form">
    <#if houjin.step == "confirm">
        <p class="houjin-note" id="houjin-admin-request-intro">${msg("houjinAdminRequestIntro", houjin.corporationName, houjin.requestedAt)}</p>
        <dl class="houjin-ids">
            <dt>${msg("houjinUserId")}</dt><dd id="houjin-request-user-id">${houjin.userId}</dd>
            <dt>${msg("houjinRequesterName")}</dt><dd id="houjin-request-name">${houjin.name}</dd>
            <dt>${msg("houjinEmail")}</dt><dd id="houjin-request-email">${houjin.email}</dd>
        </dl>
        <p class="houjin-note">${msg("houjinAdminRequestAsk_" + houjin.decision)}</p>
        <form id="houjin-form-admin-request" class="${properties.kcFormClass!}" action="${houjin.action}" method="post">
            <input type="hidden" name="key" value="${houjin.key}"/>
            <div class="${properties.kcFormGroupClass}">
                <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="houjin-admin-request-submit" type="submit">${msg("houjinAdminRequestSubmit_" + houjin.decision)}</button>
            </div>
        </form>
    <#elseif houjin.step == "done">
        <p class="houjin-note" id="houjin-admin-request-done">${msg("houjinAdminRequestDone_" + houjin.decision + ((houjin.granted!false)?then("_granted", "")))}</p>
        <p><a id="houjin-sign-in" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}" href="${houjin.signInUrl}">${msg("houjinGoToSignIn")}</a></p>
    <#else>
        <p><a id="houjin-sign-in" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}" href="${houjin.signInUrl}">${msg("houjinGoToSignIn")}</a></p>
    </#if>
</#if>
</@layout.registrationLayout>
