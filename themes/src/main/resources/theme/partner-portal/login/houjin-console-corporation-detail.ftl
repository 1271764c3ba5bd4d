<#import "houjin-console.ftl" as console_>
<#-- 法人詳細 (operators): the corporation, and — with manage-users — 契約停止 / 契約再開, name, verification numbers
     (the bank account number is never shown, only whether one is stored), アクセスキー (shown here once), delete with the
     法人ID typed again, discarding a pending sign-up. The IP allow-list and pending invitations are listed; the staff
     pages of the corporation are linked. An operator with view-users only sees no forms. -->
<#assign c = page.corporation>
<@console_.page id="houjin-console-corporation-detail" title="houjinCorporationDetail">
    <#if page.accessKey??>
        <div class="pf-v5-c-alert pf-m-warning houjin-console-issued" id="houjin-issued" role="status">
            <p class="pf-v5-c-alert__title">${msg("houjinCorporationAccessKeyTitle")}</p>
            <div class="pf-v5-c-alert__description">
                <p>${msg("houjinCorporationAccessKey")}: <code class="houjin-console-password" id="houjin-issued-access-key">${page.accessKey}</code></p>
                <p>${msg("houjinCorporationAccessKeyNote")}</p>
            </div>
        </div>
    </#if>
    <dl class="pf-v5-c-description-list pf-m-horizontal houjin-console-detail" id="houjin-corporation-detail">
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinConsoleCorporateId")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-corporateId">${c.corporateId()}</dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinCorporationName")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-name">${c.name()}</dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinCorporationKana")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-kana">${c.nameKana()!msg("houjinConsoleNone")}</dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinCorporationNumber")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-corporateNumber">${c.corporateNumber()!msg("houjinConsoleNone")}</dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinCorporationBankAccount")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-bankAccount">${msg(c.bankAccountSet()?then("houjinCorporationSet", "houjinConsoleNone"))}</dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinCorporationAccessKey")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-accessKey">${msg(c.accessKeySet()?then("houjinCorporationIssued", "houjinCorporationNotIssued"))}</dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinCorporationStatus")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-status">${msg("houjinCorporationStatus_" + c.status())}</dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinCorporationUsers")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-users"><a id="houjin-corporation-staff" href="${page.staffUrl}">${msg("houjinCorporationUserCount", page.userCount?c)}</a></dd></div>
        <div class="pf-v5-c-description-list__group"><dt class="pf-v5-c-description-list__term">${msg("houjinConsoleCreatedAt")}</dt><dd class="pf-v5-c-description-list__description" id="houjin-detail-created">${page.createdAt}</dd></div>
    </dl>

    <#if console.canWrite && !(page.confirmDelete!false)>
        <h2 class="pf-v5-c-title pf-m-lg houjin-console-subtitle">${msg("houjinConsoleActions")}</h2>
        <div class="houjin-console-actions">
            <#if c.active()>
                <@console_.action url=page.actionUrl name="suspend" button="houjin-suspend-corporation" label="houjinCorporationSuspend"/>
            <#elseif c.suspended()>
                <@console_.action url=page.actionUrl name="resume" button="houjin-resume-corporation" label="houjinCorporationResume" kind="primary"/>
            <#else>
                <@console_.action url=page.actionUrl name="discard-signup" button="houjin-discard-signup" label="houjinCorporationDiscardSignup" kind="danger"/>
            </#if>
            <@console_.action url=page.actionUrl name="access-key" button="houjin-issue-access-key" label="houjinCorporationIssueAccessKey"/>
            <a class="pf-v5-c-button pf-m-danger" id="houjin-delete-corporation" href="${page.confirmUrl}">${msg("houjinConsoleDelete")}</a>
        </div>

        <h2 class="pf-v5-c-title pf-m-lg houjin-console-subtitle">${msg("houjinCorporationEdit")}</h2>
        <form class="pf-v5-c-form houjin-console-form" id="houjin-update-corporation" action="${page.actionUrl}" method="post" novalidate>
            <input type="hidden" name="csrf" value="${console.csrf}">
            <input type="hidden" name="action" value="update">
            <@console_.field name="name" label="houjinCorporationName" value=page.values.name required=true/>
            <@console_.field name="nameKana" label="houjinCorporationKana" value=page.values.nameKana/>
            <div class="pf-v5-c-form__group pf-m-action"><div class="pf-v5-c-form__actions">
                <button type="submit" class="pf-v5-c-button pf-m-secondary" id="houjin-update-submit">${msg("houjinCorporationSave")}</button>
            </div></div>
        </form>

        <h2 class="pf-v5-c-title pf-m-lg houjin-console-subtitle">${msg("houjinCorporationVerification")}</h2>
        <p class="houjin-console-note">${msg("houjinCorporationVerificationNote")}</p>
        <form class="pf-v5-c-form houjin-console-form" id="houjin-verification" action="${page.actionUrl}" method="post" novalidate autocomplete="off">
            <input type="hidden" name="csrf" value="${console.csrf}">
            <input type="hidden" name="action" value="verification">
            <@console_.field name="corporateNumber" label="houjinCorporationNumber" value=page.values.corporateNumber hint="houjinCorporationNumberHint"/>
            <@console_.field name="bankAccountNumber" label="houjinCorporationBankAccount" value="" type="password" hint="houjinCorporationBankAccountHint"/>
            <div class="pf-v5-c-form__group pf-m-action"><div class="pf-v5-c-form__actions">
                <button type="submit" class="pf-v5-c-button pf-m-secondary" id="houjin-verification-submit">${msg("houjinCorporationSave")}</button>
            </div></div>
        </form>
    </#if>

    <#if console.canWrite && (page.confirmDelete!false)>
        <div class="pf-v5-c-alert pf-m-danger houjin-console-confirm" id="houjin-delete-question" role="alert">
            <p class="pf-v5-c-alert__title">${msg("houjinCorporationDeleteQuestion", c.corporateId(), page.userCount?c)}</p>
            <div class="pf-v5-c-alert__description"><p>${msg("houjinCorporationDeleteNote")}</p></div>
        </div>
        <form class="pf-v5-c-form houjin-console-form" id="houjin-delete-form" action="${page.actionUrl}" method="post" novalidate autocomplete="off">
            <input type="hidden" name="csrf" value="${console.csrf}">
            <input type="hidden" name="action" value="delete">
            <@console_.field name="confirmCorporateId" label="houjinCorporationConfirmId" value="" required=true/>
            <div class="pf-v5-c-form__group pf-m-action"><div class="pf-v5-c-form__actions">
                <button type="submit" class="pf-v5-c-button pf-m-danger" id="houjin-delete-confirm">${msg("houjinConsoleDeleteConfirm")}</button>
                <a class="pf-v5-c-button pf-m-link" id="houjin-delete-cancel" href="${page.actionUrl}">${msg("houjinConsoleCancel")}</a>
            </div></div>
        </form>
    </#if>

    <h2 class="pf-v5-c-title pf-m-lg houjin-console-subtitle">${msg("houjinCorporationIpAllowList")}</h2>
    <#if page.ipAllowList?has_content>
        <ul class="houjin-console-list" id="houjin-ip-allow-list"><#list page.ipAllowList as entry><li class="houjin-ip-entry">${entry}</li></#list></ul>
    <#else>
        <p id="houjin-ip-allow-list-empty">${msg("houjinCorporationIpAllowListEmpty")}</p>
    </#if>
    <p class="houjin-console-note" id="houjin-ip-allow-list-api">${msg("houjinCorporationIpAllowListHow")} <code>${page.ipAllowListApi}</code></p>

    <h2 class="pf-v5-c-title pf-m-lg houjin-console-subtitle">${msg("houjinCorporationInvitations")}</h2>
    <#if page.invitations?has_content>
        <ul class="houjin-console-list" id="houjin-invitations">
        <#list page.invitations as i>
            <li class="houjin-invitation-row" data-user-id="${i.userId}"><a href="${i.userUrl}">${i.userId}</a>
                <#if i.sentTo?has_content>${msg("houjinConsoleInvitationByMail", i.sentTo)}<#else>${msg("houjinConsoleInvitationWithoutMail")}</#if>
                ${msg(i.expired?then("houjinConsoleInvitationExpired", "houjinConsoleInvitationExpires"), i.expiresAt)}</li>
        </#list>
        </ul>
    <#else>
        <p id="houjin-invitations-empty">${msg("houjinCorporationNoInvitations")}</p>
    </#if>
    <p class="houjin-console-back"><a id="houjin-back-to-corporations" href="${console.corporationsUrl}">${msg("houjinCorporationBackToList")}</a></p>
</@console_.page>
