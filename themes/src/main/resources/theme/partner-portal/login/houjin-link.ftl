<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#-- 法人連携 (seed 004): an individual links to a corporate account by its registered email; a corporate account
     sees its linked individuals (連携者一覧). "done" is 情報変更完了. -->
<@layout.registrationLayout displayMessage=true; section>
<#if section = "header">
    ${msg((houjinLink.step == "done")?then("houjinLinkDoneTitle", houjinLink.corporate?then("houjinLinkedListTitle", "houjinLinkTitle")))}
<#elseif section = "form">
    <#if houjinLink.step == "done">
        <p class="houjin-note" id="houjin-link-done">${msg("houjinLinkDone")}</p>
        <form action="${url.loginAction}" method="post">
            <button type="submit" id="houjin-link-finish" name="action" value="done" class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}">${msg("houjinLinkBack")}</button>
        </form>
    <#else>
        <table class="houjin-links-table" id="houjin-link-rows">
            <#if houjinLink.rows?has_content>
                <#list houjinLink.rows as row>
                    <tr>
                        <#if houjinLink.corporate>
                            <td>${row.name}</td><td>${row.email}</td>
                            <td><form action="${url.loginAction}" method="post"><input type="hidden" name="individualId" value="${row.id}"/>
                                <button type="submit" name="action" value="remove" class="${properties.kcButtonSecondaryClass}">${msg("houjinLinkRemove")}</button></form></td>
                        <#else>
                            <td>${row.corporationName}</td><td>${row.corporateId} / ${row.userId}</td>
                            <td><form action="${url.loginAction}" method="post"><input type="hidden" name="corporateId" value="${row.corporateId}"/>
                                <input type="hidden" name="userId" value="${row.userId}"/>
                                <button type="submit" name="action" value="unlink" class="${properties.kcButtonSecondaryClass}">${msg("houjinLinkRemove")}</button></form></td>
                        </#if>
                    </tr>
                </#list>
            <#else>
                <tr><td id="houjin-link-none">${msg(houjinLink.corporate?then("houjinLinkedNone", "houjinLinkNone"))}</td></tr>
            </#if>
        </table>
        <#if !houjinLink.corporate>
            <form id="houjin-form-link" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <@field.group name="corporateEmail" label=msg("houjinLinkEmail") error=kcSanitize(messagesPerField.get('corporateEmail'))?no_esc required=true>
                    <span class="${properties.kcInputClass} <#if messagesPerField.existsError('corporateEmail')>${properties.kcError}</#if>">
                        <input id="corporateEmail" name="corporateEmail" value="${houjinLink.corporateEmail}" type="email" maxlength="300"
                               aria-invalid="${messagesPerField.existsError('corporateEmail')?c}"/>
                    </span>
                </@field.group>
                <div class="${properties.kcFormGroupClass}">
                    <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="houjin-link-submit" name="action" value="link" type="submit">${msg("houjinLinkSubmit")}</button>
                </div>
            </form>
        </#if>
        <form action="${url.loginAction}" method="post">
            <button type="submit" id="houjin-link-finish" name="action" value="done" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}">${msg("houjinLinkBack")}</button>
        </form>
    </#if>
</#if>
</@layout.registrationLayout>
