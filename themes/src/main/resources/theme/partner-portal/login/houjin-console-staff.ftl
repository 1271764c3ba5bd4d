<#import "houjin-console.ftl" as console_>
<#-- スタッフ一覧: search (name, kana, user ID, email), status filter, pages of 20 ordered by user ID. -->
<@console_.page id="houjin-console-staff" title="houjinConsoleStaffList">
    <form class="pf-v5-c-toolbar houjin-console-toolbar" action="${console.staffUrl}" method="get" role="search">
        <div class="pf-v5-c-toolbar__content"><div class="pf-v5-c-toolbar__content-section">
            <div class="pf-v5-c-toolbar__item">
                <label class="pf-v5-screen-reader" for="houjin-search">${msg("houjinConsoleSearch")}</label>
                <span class="pf-v5-c-form-control"><input type="search" id="houjin-search" name="search" value="${page.filter.search}" placeholder="${msg("houjinConsoleSearchPlaceholder")}"></span>
            </div>
            <div class="pf-v5-c-toolbar__item">
                <label class="pf-v5-screen-reader" for="houjin-status">${msg("houjinConsoleStatus")}</label>
                <span class="pf-v5-c-form-control"><select id="houjin-status" name="status">
                    <option value=""<#if page.filter.status == ""> selected</#if>>${msg("houjinConsoleStatusAll")}</option>
                    <option value="active"<#if page.filter.status == "active"> selected</#if>>${msg("houjinConsoleStatus_active")}</option>
                    <option value="login_suspended"<#if page.filter.status == "login_suspended"> selected</#if>>${msg("houjinConsoleStatus_login_suspended")}</option>
                </select></span>
            </div>
            <div class="pf-v5-c-toolbar__item">
                <@console_.groupSelect name="group" groups=page.groups selected=page.filter.group all="houjinConsoleGroupAll"/>
            </div>
            <div class="pf-v5-c-toolbar__item">
                <button type="submit" class="pf-v5-c-button pf-m-primary" id="houjin-search-submit">${msg("houjinConsoleSearch")}</button>
            </div>
            <#if console.canWrite>
            <div class="pf-v5-c-toolbar__item pf-m-align-right">
                <a class="pf-v5-c-button pf-m-secondary" id="houjin-add-staff" href="${console.newStaffUrl}">${msg("houjinConsoleStaffNew")}</a>
            </div>
            </#if>
        </div></div>
    </form>
    <p class="houjin-console-count" id="houjin-staff-count">${msg("houjinConsoleCount", page.list.total()?c, page.from?c, page.to?c)}</p>
    <#if page.list.users()?has_content>
    <table class="pf-v5-c-table pf-m-compact pf-m-grid-md" id="houjin-staff-table" role="grid" aria-label="${msg("houjinConsoleStaffList")}">
        <thead class="pf-v5-c-table__thead">
            <tr class="pf-v5-c-table__tr">
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinConsoleUserId")}</th>
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinConsoleName")}</th>
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinConsoleKana")}</th>
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinConsoleEmail")}</th>
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinConsoleGroup")}</th>
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinConsoleRole")}</th>
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinConsoleStatus")}</th>
            </tr>
        </thead>
        <tbody class="pf-v5-c-table__tbody">
        <#list page.list.users() as u>
            <tr class="pf-v5-c-table__tr houjin-staff-row" data-user-id="${u.userId()}">
                <td class="pf-v5-c-table__td" data-label="${msg("houjinConsoleUserId")}"><a class="houjin-staff-link" href="${console.staffUrl}/${u.userId()?url('UTF-8')}">${u.userId()}</a></td>
                <td class="pf-v5-c-table__td houjin-staff-name" data-label="${msg("houjinConsoleName")}">${u.lastName()!""} ${u.firstName()!""}</td>
                <td class="pf-v5-c-table__td" data-label="${msg("houjinConsoleKana")}">${u.kanaLastName()!""} ${u.kanaFirstName()!""}</td>
                <td class="pf-v5-c-table__td" data-label="${msg("houjinConsoleEmail")}">${u.email()!""}</td>
                <td class="pf-v5-c-table__td houjin-staff-group" data-label="${msg("houjinConsoleGroup")}">${u.groupName()!""}</td>
                <td class="pf-v5-c-table__td" data-label="${msg("houjinConsoleRole")}">${msg("houjinConsoleRole_" + u.role())}</td>
                <td class="pf-v5-c-table__td houjin-staff-status" data-label="${msg("houjinConsoleStatus")}"><span class="pf-v5-c-label<#if u.suspended()> pf-m-red<#else> pf-m-green</#if>"><span class="pf-v5-c-label__content">${msg("houjinConsoleStatus_" + u.loginStatus())}</span></span></td>
            </tr>
        </#list>
        </tbody>
    </table>
    <#else>
    <p class="houjin-console-empty" id="houjin-staff-empty">${msg("houjinConsoleNoStaff")}</p>
    </#if>
    <#if page.previousUrl?? || page.nextUrl??>
    <nav class="houjin-console-pagination" aria-label="${msg("houjinConsolePaging")}">
        <#if page.previousUrl??><a class="pf-v5-c-button pf-m-secondary" id="houjin-page-previous" href="${page.previousUrl}">${msg("houjinConsolePrevious")}</a></#if>
        <#if page.nextUrl??><a class="pf-v5-c-button pf-m-secondary" id="houjin-page-next" href="${page.nextUrl}">${msg("houjinConsoleNext")}</a></#if>
    </nav>
    </#if>
</@console_.page>
