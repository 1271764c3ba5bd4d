<#import "template.ftl" as layout>
<#import "houjin-fields.ftl" as fields>
<#-- 法人連携 (seed 004): an individual asks to be linked to a corporate account by its registered email and sees
     one neutral 連携申請 page ("requested") whatever the address; a corporate account sees the pending requests
     (承認 / 拒否) and its linked individuals (連携者一覧). "done" is 情報変更完了. -->
<@layout.registrationLayout displayMessage=true; section>
<#if section = "header">
    ${msg((houjinLink.step == "done")?then("houjinLinkDoneTitle", (houjinLink.step == "requested")?then("houjinLinkRequestedTitle", houjinLink.corporate?then("houjinLinkedListTitle", "houjinLinkTitle"))))}
<#elseif section = "form">
    <#if houjinLink.step == "done" || houjinLink.step == "requested">
        <p class="houjin-note" id="houjin-link-done">${msg((houjinLink.step == "done")?then("houjinLinkDone", "houjinLinkRequested"))}</p>
        <form action="${url.loginAction}" method="post">
            <button type="submit" id="houjin-link-finish" name="action" value="done" class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}">${msg("houjinLinkBack")}</button>
        </form>
    <#else>
        <#if houjinLink.corporate && houjinLink.requests?has_content>
            <p class="houjin-note" id="houjin-link-requests-title"><strong>${msg("houjinLinkRequestsTitle")}</strong></p>
            <p class="houjin-note">${msg("houjinLinkRequestsNote")}</p>
            <table class="houjin-links-table" id="houjin-link-requests">
                <thead>
                    <tr>
                        <th scope="col">${msg("houjinLinkColName")}</th><th scope="col">${msg("houjinLinkColEmail")}</th>
                        <th scope="col">${msg("houjinLinkColRequestedAt")}</th><th scope="col"><span class="pf-v5-screen-reader">${msg("houjinLinkColAction")}</span></th>
                    </tr>
                </thead>
                <tbody>
                <#list houjinLink.requests as row>
                    <tr>
                        <td class="houjin-links-nowrap">${row.name}</td><td class="houjin-links-email">${row.email}</td><td class="houjin-links-nowrap">${row.linkedAt}</td>
                        <td class="houjin-links-nowrap"><form action="${url.loginAction}" method="post"><input type="hidden" name="individualId" value="${row.id}"/>
                            <button type="submit" name="action" value="confirm" class="${properties.kcButtonPrimaryClass}">${msg("houjinLinkConfirm")}</button>
                            <button type="submit" name="action" value="remove" class="${properties.kcButtonSecondaryClass}">${msg("houjinLinkReject")}</button></form></td>
                    </tr>
                </#list>
                </tbody>
            </table>
        </#if>
        <#if houjinLink.rows?has_content>
            <table class="houjin-links-table" id="houjin-link-rows">
                <thead>
                    <tr>
                        <#if houjinLink.corporate>
                            <th scope="col">${msg("houjinLinkColName")}</th><th scope="col">${msg("houjinLinkColEmail")}</th>
                        <#else>
                            <th scope="col">${msg("houjinLinkColCorporation")}</th><th scope="col">${msg("houjinLinkColAccount")}</th>
                        </#if>
                        <th scope="col">${msg("houjinLinkColLinkedAt")}</th><th scope="col"><span class="pf-v5-screen-reader">${msg("houjinLinkColAction")}</span></th>
                    </tr>
                </thead>
                <tbody>
                <#list houjinLink.rows as row>
                    <tr>
                        <#if houjinLink.corporate>
                            <td class="houjin-links-nowrap">${row.name}</td><td class="houjin-links-email">${row.email}</td><td class="houjin-links-nowrap">${row.linkedAt}</td>
                            <td><form action="${url.loginAction}" method="post"><input type="hidden" name="individualId" value="${row.id}"/>
                                <button type="submit" name="action" value="remove" class="${properties.kcButtonSecondaryClass}">${msg("houjinLinkRemove")}</button></form></td>
                        <#else>
                            <td>${row.corporationName}</td><td>${row.corporateId} / ${row.userId}</td><td class="houjin-links-nowrap">${row.linkedAt}</td>
                            <td><form action="${url.loginAction}" method="post"><input type="hidden" name="corporateId" value="${row.corporateId}"/>
                                <input type="hidden" name="userId" value="${row.userId}"/>
                                <button type="submit" name="action" value="unlink" class="${properties.kcButtonSecondaryClass}">${msg("houjinLinkRemove")}</button></form></td>
                        </#if>
                    </tr>
                </#list>
                </tbody>
            </table>
        <#else>
            <p class="houjin-note" id="houjin-link-none">${msg(houjinLink.corporate?then("houjinLinkedNone", "houjinLinkNone"))}</p>
        </#if>
        <#if !houjinLink.corporate>
            <form id="houjin-form-link" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <@fields.text name="corporateEmail" label=msg("houjinLinkEmail") value=houjinLink.corporateEmail type="email" autocomplete=""/>
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
