<#import "houjin-console.ftl" as console_>
<#-- スタッフ詳細: the user, and what an admin does to them: ログイン停止 / ログイン可, パスワードリセット, role, delete (asked
     once more). A 仮パスワード just issued is shown here, once: it is kept nowhere else. -->
<#assign u = page.user>
<@console_.page id="houjin-console-staff-detail" title="houjinConsoleStaffDetail">
    <#if page.issued??>
        <div class="pf-v5-c-alert pf-m-warning houjin-console-issued" id="houjin-issued" role="status">
            <p class="pf-v5-c-alert__title">${msg("houjinConsoleIssuedTitle")}</p>
            <div class="pf-v5-c-alert__description">
                <p>${msg("houjinConsoleTemporaryPassword")}: <code class="houjin-console-password" id="houjin-issued-password">${page.issued.value}</code></p>
                <p id="houjin-issued-expires">${msg("houjinConsoleIssuedExpires", page.issued.expiresAt)}</p>
                <p id="houjin-issued-note">${msg(page.issued.note)}</p>
            </div>
        </div>
    </#if>
    <dl class="pf-v5-c-description-list pf-m-horizontal houjin-console-detail" id="houjin-staff-detail">
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinConsoleUserId")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-userId">${u.userId()}</dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinConsoleName")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-name">${u.lastName()!""} ${u.firstName()!""}</dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinConsoleKana")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-kana">${u.kanaLastName()!""} ${u.kanaFirstName()!""}</dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinConsoleEmail")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-email">${u.email()!msg("houjinConsoleNone")}</dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinConsoleGroup")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-group"><a href="${page.groupUrl}">${u.groupName()!""}</a></dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinConsoleRole")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-role">${msg("houjinConsoleRole_" + u.role())}</dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinConsoleStatus")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-status">${msg("houjinConsoleStatus_" + u.loginStatus())}</dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinConsoleCreatedAt")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-created">${page.createdAt}</dd></div>
    </dl>

    <#if page.invitation??>
        <h2 class="pf-v5-c-title pf-m-lg houjin-console-subtitle">${msg("houjinConsoleInvitation")}</h2>
        <p id="houjin-invitation"><#if page.invitation.sentTo?has_content>${msg("houjinConsoleInvitationByMail", page.invitation.sentTo)}<#else>${msg("houjinConsoleInvitationWithoutMail")}</#if>
            ${msg(page.invitation.expired?then("houjinConsoleInvitationExpired", "houjinConsoleInvitationExpires"), page.invitation.expiresAt)}</p>
        <#if console.canWrite><div class="houjin-console-actions">
            <@console_.action url=page.actionUrl name="resend-invitation" button="houjin-resend-invitation" label="houjinConsoleResendInvitation"/>
            <@console_.action url=page.actionUrl name="revoke-invitation" button="houjin-revoke-invitation" label="houjinConsoleRevokeInvitation"/>
        </div></#if>
    </#if>

    <#if page.confirmDelete!false>
        <div class="pf-v5-c-alert pf-m-danger houjin-console-confirm" id="houjin-delete-question" role="alert">
            <p class="pf-v5-c-alert__title">${msg("houjinConsoleDeleteQuestion", u.userId())}</p>
            <div class="pf-v5-c-alert__description"><p>${msg("houjinConsoleDeleteNote")}</p></div>
        </div>
        <div class="houjin-console-actions">
            <@console_.action url=page.actionUrl name="delete" button="houjin-delete-confirm" label="houjinConsoleDeleteConfirm" kind="danger"/>
            <a class="pf-v5-c-button pf-m-link" id="houjin-delete-cancel" href="${page.actionUrl}">${msg("houjinConsoleCancel")}</a>
        </div>
    <#elseif console.canWrite>
        <h2 class="pf-v5-c-title pf-m-lg houjin-console-subtitle">${msg("houjinConsoleActions")}</h2>
        <div class="houjin-console-actions">
            <#if u.suspended()>
                <@console_.action url=page.actionUrl name="resume" button="houjin-resume" label="houjinConsoleResume" kind="primary"/>
            <#else>
                <@console_.action url=page.actionUrl name="suspend" button="houjin-suspend" label="houjinConsoleSuspend"/>
            </#if>
            <@console_.action url=page.actionUrl name="reset-password" button="houjin-reset-password" label="houjinConsoleResetPassword"/>
            <#if !u.admin() && console.corporateAdmin>
                <@console_.action url=page.actionUrl name="role" field="role" value="admin" button="houjin-make-admin" label="houjinConsoleMakeAdmin"/>
            </#if>
            <#if !u.groupAdmin() && (console.corporateAdmin || !u.admin())>
                <@console_.action url=page.actionUrl name="role" field="role" value="group_admin" button="houjin-make-group-admin" label="houjinConsoleMakeGroupAdmin"/>
            </#if>
            <#if u.role() != "user" && (console.corporateAdmin || !u.admin())>
                <@console_.action url=page.actionUrl name="role" field="role" value="user" button="houjin-make-member" label="houjinConsoleMakeMember"/>
            </#if>
            <a class="pf-v5-c-button pf-m-danger" id="houjin-delete" href="${page.confirmUrl}">${msg("houjinConsoleDelete")}</a>
        </div>
        <form class="pf-v5-c-form houjin-console-form" id="houjin-change-group" action="${page.actionUrl}" method="post" novalidate>
            <input type="hidden" name="csrf" value="${console.csrf}">
            <input type="hidden" name="action" value="group">
            <div class="pf-v5-c-form__group">
                <div class="pf-v5-c-form__group-label"><span class="pf-v5-c-form__label-text">${msg("houjinConsoleGroup")}</span></div>
                <div class="pf-v5-c-form__group-control"><@console_.groupSelect name="groupId" groups=page.groups selected=u.groupId()/></div>
            </div>
            <div class="pf-v5-c-form__group pf-m-action"><div class="pf-v5-c-form__actions">
                <button type="submit" class="pf-v5-c-button pf-m-secondary" id="houjin-change-group-submit">${msg("houjinConsoleChangeGroup")}</button>
            </div></div>
        </form>
    </#if>
    <p class="houjin-console-back"><a id="houjin-back-to-list" href="${console.staffUrl}">${msg("houjinConsoleBackToList")}</a></p>
</@console_.page>
