<#import "houjin-console.ftl" as console_>
<#-- グループ一覧: the groups of the admin's scope as a tree (each group followed by its sub-groups), with the number of
     users in each group itself, and a new サブグループ under any of them. -->
<@console_.page id="houjin-console-groups" title="houjinConsoleGroups">
    <table class="pf-v5-c-table pf-m-compact pf-m-tree-view" id="houjin-group-table" role="treegrid" aria-label="${msg("houjinConsoleGroups")}">
        <thead class="pf-v5-c-table__thead">
            <tr class="pf-v5-c-table__tr">
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinConsoleGroup")}</th>
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinConsoleGroupKind")}</th>
                <th class="pf-v5-c-table__th" scope="col">${msg("houjinConsoleGroupMembers")}</th>
            </tr>
        </thead>
        <tbody class="pf-v5-c-table__tbody">
        <#list page.groups as g>
            <tr class="pf-v5-c-table__tr houjin-group-row" data-group-id="${g.id()}" data-level="${g.level()}" aria-level="${g.level() + 1}">
                <td class="pf-v5-c-table__td" data-label="${msg("houjinConsoleGroup")}"><span class="houjin-group-indent" style="padding-left: ${(g.level() * 1.5)?c}rem"></span><a class="houjin-group-link" href="${console.groupsUrl}/${g.id()}">${g.name()}</a></td>
                <td class="pf-v5-c-table__td" data-label="${msg("houjinConsoleGroupKind")}">${msg(g.main()?then("houjinConsoleGroupMain", "houjinConsoleGroupSub"))}</td>
                <td class="pf-v5-c-table__td houjin-group-members" data-label="${msg("houjinConsoleGroupMembers")}">${g.members()?c}</td>
            </tr>
        </#list>
        </tbody>
    </table>

    <h2 class="pf-v5-c-title pf-m-lg houjin-console-subtitle">${msg("houjinConsoleGroupCreate")}</h2>
    <form class="pf-v5-c-form houjin-console-form" id="houjin-new-group" action="${page.actionUrl}" method="post" novalidate>
        <input type="hidden" name="csrf" value="${console.csrf}">
        <div class="pf-v5-c-form__group">
            <div class="pf-v5-c-form__group-label"><span class="pf-v5-c-form__label-text">${msg("houjinConsoleGroupParent")}</span></div>
            <div class="pf-v5-c-form__group-control"><@console_.groupSelect name="parentId" groups=page.groups label="houjinConsoleGroupParent"/></div>
        </div>
        <@console_.field name="name" label="houjinConsoleGroupNewName" value=page.name required=true/>
        <div class="pf-v5-c-form__group pf-m-action"><div class="pf-v5-c-form__actions">
            <button type="submit" class="pf-v5-c-button pf-m-primary" id="houjin-group-create">${msg("houjinConsoleGroupCreate")}</button>
        </div></div>
    </form>
</@console_.page>
