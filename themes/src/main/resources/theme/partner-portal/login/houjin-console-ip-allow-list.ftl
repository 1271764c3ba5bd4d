<#import "houjin-console.ftl" as console_>
<#-- IPアドレス制限 (seed 002): the corporation's ranges, the admin's current address (as Keycloak resolved it), and
     one box to edit the whole list (one range a line; an empty box means no restriction). Bad lines come back named one
     by one; a list that would shut out the current address comes back with a box to tick that names it. -->
<@console_.page id="houjin-console-ip-allow-list" title="houjinConsoleIpAllowList">
    <p class="houjin-console-note">${msg("houjinConsoleIpNote")}</p>
    <dl class="pf-v5-c-description-list pf-m-horizontal houjin-console-detail houjin-ip-address">
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinConsoleIpCurrentAddress")}</dt>
            <dd class="pf-v5-c-description-list__description" id="houjin-ip-current"><#if page.currentAddress?has_content>${page.currentAddress}<#else>${msg("houjinConsoleIpUnknownAddress")}</#if></dd></div>
    </dl>

    <h2 class="pf-v5-c-title pf-m-lg houjin-console-subtitle">${msg("houjinConsoleIpRanges")}</h2>
    <#if page.ranges?has_content>
    <table class="pf-v5-c-table pf-m-compact" id="houjin-ip-table" aria-label="${msg("houjinConsoleIpRanges")}">
        <thead class="pf-v5-c-table__thead"><tr class="pf-v5-c-table__tr">
            <th class="pf-v5-c-table__th" scope="col">${msg("houjinConsoleIpRange")}</th>
            <th class="pf-v5-c-table__th" scope="col">${msg("houjinConsoleIpFamily")}</th>
        </tr></thead>
        <tbody class="pf-v5-c-table__tbody">
        <#list page.ranges as r>
            <tr class="pf-v5-c-table__tr houjin-ip-row"><td class="pf-v5-c-table__td houjin-ip-range">${r.range}</td><td class="pf-v5-c-table__td">${r.family}</td></tr>
        </#list>
        </tbody>
    </table>
    <#else>
    <p class="houjin-console-empty" id="houjin-ip-empty">${msg("houjinConsoleIpNone")}</p>
    </#if>

    <#if page.problems?? && page.problems?has_content>
    <ul class="pf-v5-c-list houjin-ip-problems" id="houjin-ip-problems">
        <#list page.problems as p>
        <li class="houjin-ip-problem">${msg(p.messageKey(), p.line()?c, p.entry())}</li>
        </#list>
    </ul>
    </#if>

    <form class="pf-v5-c-form houjin-console-form" id="houjin-ip-form" action="${page.actionUrl}" method="post" novalidate>
        <input type="hidden" name="csrf" value="${console.csrf}">
        <div class="pf-v5-c-form__group">
            <div class="pf-v5-c-form__group-label"><label class="pf-v5-c-form__label" for="houjin-ip-entries"><span class="pf-v5-c-form__label-text">${msg("houjinConsoleIpEdit")}</span></label></div>
            <div class="pf-v5-c-form__group-control">
                <span class="pf-v5-c-form-control<#if page.problems?? && page.problems?has_content> pf-m-error</#if>"><textarea id="houjin-ip-entries" name="entries" rows="8" spellcheck="false" aria-describedby="houjin-ip-hint">${page.text}</textarea></span>
                <div class="pf-v5-c-form__helper-text" id="houjin-ip-hint"><div class="pf-v5-c-helper-text"><div class="pf-v5-c-helper-text__item"><span class="pf-v5-c-helper-text__item-text">${msg("houjinConsoleIpHint")}</span></div></div></div>
            </div>
        </div>
        <#if page.confirmAddress??>
        <div class="pf-v5-c-alert pf-m-danger houjin-console-confirm" id="houjin-ip-shut-out" role="alert">
            <p class="pf-v5-c-alert__title">${msg("houjinConsoleIpShutOutTitle")}</p>
            <div class="pf-v5-c-alert__description">
                <div class="pf-v5-c-check">
                    <input class="pf-v5-c-check__input" type="checkbox" id="houjin-ip-confirm" name="confirmShutOut" value="true">
                    <label class="pf-v5-c-check__label" for="houjin-ip-confirm">${msg("houjinConsoleIpConfirm", page.confirmAddress)}</label>
                </div>
            </div>
        </div>
        </#if>
        <div class="pf-v5-c-form__group pf-m-action"><div class="pf-v5-c-form__actions">
            <button type="submit" class="pf-v5-c-button pf-m-primary" id="houjin-ip-save">${msg("houjinConsoleIpSave")}</button>
            <a class="pf-v5-c-button pf-m-link" id="houjin-ip-cancel" href="${page.actionUrl}">${msg("houjinConsoleCancel")}</a>
        </div></div>
    </form>
</@console_.page>
