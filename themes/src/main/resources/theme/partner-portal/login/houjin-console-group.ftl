<#import "houjin-console.ftl" as console_>
<#-- グループ詳細: the group's own users (氏名, ユーザーID — what any user of the group may see, seed 000 FAQ ④), and for
     an admin its sub-groups, rename, move (not under itself or below) and delete (only when empty). -->
<#assign d = page.detail>
<@console_.page id="houjin-console-group" title="houjinConsoleGroupDetail">
    <dl class="pf-v5-c-description-list pf-m-horizontal houjin-console-detail" id="houjin-group-detail">
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinConsoleGroup")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-group-name">${d.group().name()}</dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinConsoleGroupKind")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-group-kind">${msg(d.group().main()?then("houjinConsoleGroupMain", "houjinConsoleGroupSub"))}</dd></div>
        <#if page.parentName?has_content>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinConsoleGroupParent")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-group-parent">${page.parentName}</dd></div>
        </#if>
    </dl>

    <h2 class="pf-v5-c-title pf-m-lg houjin-console-subtitle">${msg("houjinConsoleGroupUsers")}</h2>
    <#if !(console.admin!false)><p class="houjin-console-note" id="houjin-group-member-note">${msg("houjinConsoleGroupMemberNote")}</p></#if>
    <p class="houjin-console-count" id="houjin-group-count">${msg("houjinConsoleGroupUserCount", d.total()?c)}</p>
    <#if d.members()?has_content>
    <table class="pf-v5-c-table pf-m-compact pf-m-grid-md" id="houjin-group-users" role="grid" aria-label="${msg("houjinConsoleGroupUsers")}">
        <thead class="pf-v5-c-table__thead">
            <tr class="pf-v5-c-table__tr">
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinConsoleName")}</th>
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinConsoleUserId")}</th>
            </tr>
        </thead>
        <tbody class="pf-v5-c-table__tbody">
        <#list d.members() as m>
            <tr class="pf-v5-c-table__tr houjin-group-user" data-user-id="${m.userId()}">
                <td class="pf-v5-c-table__td houjin-group-user-name" data-label="${msg("houjinConsoleName")}">${m.lastName()!""} ${m.firstName()!""}</td>
                <td class="pf-v5-c-table__td houjin-group-user-id" data-label="${msg("houjinConsoleUserId")}"><#if console.admin!false><a href="${console.staffUrl}/${m.userId()?url('UTF-8')}">${m.userId()}</a><#else>${m.userId()}</#if></td>
            </tr>
        </#list>
        </tbody>
    </table>
    <#else>
    <p class="houjin-console-empty" id="houjin-group-empty">${msg("houjinConsoleGroupNoUsers")}</p>
    </#if>
    <#if page.previousUrl?? || page.nextUrl??>
    <nav class="houjin-console-pagination" aria-label="${msg("houjinConsolePaging")}">
        <#if page.previousUrl??><a class="pf-v5-c-button pf-m-secondary" id="houjin-page-previous" href="${page.previousUrl}">${msg("houjinConsolePrevious")}</a></#if>
        <#if page.nextUrl??><a class="pf-v5-c-button pf-m-secondary" id="houjin-page-next" href="${page.nextUrl}">${msg("houjinConsoleNext")}</a></#if>
    </nav>
    </#if>

    <#if console.admin!false>
        <p><a id="houjin-group-staff" href="${page.staffUrl}">${msg("houjinConsoleGroupStaff")}</a></p>
        <h2 class="pf-v5-c-title pf-m-lg houjin-console-subtitle">${msg("houjinConsoleGroupSubGroups")}</h2>
        <#if d.subGroups()?has_content>
            <ul id="houjin-group-subgroups">
            <#list d.subGroups() as g>
                <li class="houjin-group-subgroup" data-group-id="${g.id()}"><a href="${console.groupsUrl}/${g.id()}">${g.name()}</a> (${g.members()?c})</li>
            </#list>
            </ul>
        <#else>
            <p id="houjin-group-no-subgroups">${msg("houjinConsoleGroupNoSubGroups")}</p>
        </#if>

        <h2 class="pf-v5-c-title pf-m-lg houjin-console-subtitle">${msg("houjinConsoleActions")}</h2>
        <form class="pf-v5-c-form houjin-console-form" id="houjin-group-rename" action="${page.actionUrl}" method="post" novalidate>
            <input type="hidden" name="csrf" value="${console.csrf}">
            <input type="hidden" name="action" value="rename">
            <@console_.field name="name" label="houjinConsoleGroupNewName" value=d.group().name() required=true/>
            <div class="pf-v5-c-form__group pf-m-action"><div class="pf-v5-c-form__actions">
                <button type="submit" class="pf-v5-c-button pf-m-secondary" id="houjin-group-rename-submit">${msg("houjinConsoleGroupRename")}</button>
            </div></div>
        </form>
        <#if !d.group().main()>
        <form class="pf-v5-c-form houjin-console-form" id="houjin-group-move" action="${page.actionUrl}" method="post" novalidate>
            <input type="hidden" name="csrf" value="${console.csrf}">
            <input type="hidden" name="action" value="move">
            <div class="pf-v5-c-form__group">
                <div class="pf-v5-c-form__group-label"><span class="pf-v5-c-form__label-text">${msg("houjinConsoleGroupMoveTo")}</span></div>
                <div class="pf-v5-c-form__group-control"><@console_.groupSelect name="parentId" groups=page.moveTargets selected=d.group().parentId()!"" label="houjinConsoleGroupMoveTo"/></div>
            </div>
            <div class="pf-v5-c-form__group pf-m-action"><div class="pf-v5-c-form__actions">
                <button type="submit" class="pf-v5-c-button pf-m-secondary" id="houjin-group-move-submit">${msg("houjinConsoleGroupMove")}</button>
            </div></div>
        </form>
        <p class="houjin-console-note">${msg("houjinConsoleGroupDeleteNote")}</p>
        <div class="houjin-console-actions">
            <@console_.action url=page.actionUrl name="delete" button="houjin-group-delete" label="houjinConsoleGroupDelete" kind="danger"/>
        </div>
        </#if>
        <p class="houjin-console-back"><a id="houjin-back-to-groups" href="${console.groupsUrl}">${msg("houjinConsoleGroups")}</a></p>
    </#if>
</@console_.page>
