<#import "houjin-console.ftl" as console_>
<#-- 法人一覧 (operators): search over 法人ID, name, kana and 法人番号, status filter, pages of 20 ordered by 法人ID. -->
<@console_.page id="houjin-console-corporations" title="houjinCorporationList">
    <form class="pf-v5-c-toolbar houjin-console-toolbar" action="${console.corporationsUrl}" method="get" role="search">
        <div class="pf-v5-c-toolbar__content"><div class="pf-v5-c-toolbar__content-section">
            <div class="pf-v5-c-toolbar__item">
                <label class="pf-v5-screen-reader" for="houjin-search">${msg("houjinConsoleSearch")}</label>
                <span class="pf-v5-c-form-control"><input type="search" id="houjin-search" name="search" value="${page.filter.search}" placeholder="${msg("houjinCorporationSearchPlaceholder")}"></span>
            </div>
            <div class="pf-v5-c-toolbar__item">
                <label class="pf-v5-screen-reader" for="houjin-status">${msg("houjinCorporationStatus")}</label>
                <span class="pf-v5-c-form-control"><select id="houjin-status" name="status">
                    <option value=""<#if page.filter.status == ""> selected</#if>>${msg("houjinConsoleStatusAll")}</option>
                    <#list ["active", "suspended", "pending"] as s>
                    <option value="${s}"<#if page.filter.status == s> selected</#if>>${msg("houjinCorporationStatus_" + s)}</option>
                    </#list>
                </select></span>
            </div>
            <div class="pf-v5-c-toolbar__item">
                <button type="submit" class="pf-v5-c-button pf-m-primary" id="houjin-search-submit">${msg("houjinConsoleSearch")}</button>
            </div>
            <#if console.canWrite>
            <div class="pf-v5-c-toolbar__item pf-m-align-right">
                <a class="pf-v5-c-button pf-m-secondary" id="houjin-add-corporation" href="${console.newCorporationUrl}">${msg("houjinCorporationNew")}</a>
            </div>
            </#if>
        </div></div>
    </form>
    <p class="houjin-console-count" id="houjin-corporation-count">${msg("houjinConsoleCount", page.list.total()?c, page.from?c, page.to?c)}</p>
    <#if page.list.corporations()?has_content>
    <table class="pf-v5-c-table pf-m-compact pf-m-grid-md" id="houjin-corporation-table" role="grid" aria-label="${msg("houjinCorporationList")}">
        <thead class="pf-v5-c-table__thead">
            <tr class="pf-v5-c-table__tr">
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinConsoleCorporateId")}</th>
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinCorporationName")}</th>
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinCorporationKana")}</th>
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinCorporationNumber")}</th>
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinCorporationStatus")}</th>
            </tr>
        </thead>
        <tbody class="pf-v5-c-table__tbody">
        <#list page.list.corporations() as c>
            <tr class="pf-v5-c-table__tr houjin-corporation-row" data-corporate-id="${c.corporateId()}">
                <td class="pf-v5-c-table__td" data-label="${msg("houjinConsoleCorporateId")}"><a class="houjin-corporation-link" href="${console.corporationsUrl}/${c.corporateId()}">${c.corporateId()}</a></td>
                <td class="pf-v5-c-table__td houjin-corporation-name" data-label="${msg("houjinCorporationName")}">${c.name()}</td>
                <td class="pf-v5-c-table__td" data-label="${msg("houjinCorporationKana")}">${c.nameKana()!""}</td>
                <td class="pf-v5-c-table__td" data-label="${msg("houjinCorporationNumber")}">${c.corporateNumber()!""}</td>
                <td class="pf-v5-c-table__td houjin-corporation-status" data-label="${msg("houjinCorporationStatus")}"><span class="pf-v5-c-label<#if c.active()> pf-m-green<#elseif c.suspended()> pf-m-red<#else> pf-m-orange</#if>"><span class="pf-v5-c-label__content">${msg("houjinCorporationStatus_" + c.status())}</span></span></td>
            </tr>
        </#list>
        </tbody>
    </table>
    <#else>
    <p class="houjin-console-empty" id="houjin-corporation-empty">${msg("houjinCorporationNone")}</p>
    </#if>
    <#if page.previousUrl?? || page.nextUrl??>
    <nav class="houjin-console-pagination" aria-label="${msg("houjinConsolePaging")}">
        <#if page.previousUrl??><a class="pf-v5-c-button pf-m-secondary" id="houjin-page-previous" href="${page.previousUrl}">${msg("houjinConsolePrevious")}</a></#if>
        <#if page.nextUrl??><a class="pf-v5-c-button pf-m-secondary" id="houjin-page-next" href="${page.nextUrl}">${msg("houjinConsoleNext")}</a></#if>
    </nav>
    </#if>
</@console_.page>
