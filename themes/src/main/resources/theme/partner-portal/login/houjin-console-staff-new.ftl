<#import "houjin-console.ftl" as console_>
<#-- スタッフ追加: the user is added and invited; with an email the invitation mail goes out, and in every case the
     仮パスワード is shown once on the page that follows (seed 000: 仮パスワードは招待者へご確認ください). -->
<@console_.page id="houjin-console-staff-new" title="houjinConsoleStaffNew">
    <p class="houjin-console-note">${msg("houjinConsoleNewNote")}</p>
    <form class="pf-v5-c-form houjin-console-form" id="houjin-new-staff" action="${page.actionUrl}" method="post" novalidate>
        <input type="hidden" name="csrf" value="${console.csrf}">
        <@console_.field name="userId" label="houjinConsoleUserId" value=page.values.userId required=true hint="houjinConsoleUserIdHint"/>
        <@console_.field name="lastName" label="houjinConsoleLastName" value=page.values.lastName required=true/>
        <@console_.field name="firstName" label="houjinConsoleFirstName" value=page.values.firstName required=true/>
        <@console_.field name="kanaLastName" label="houjinConsoleKanaLastName" value=page.values.kanaLastName/>
        <@console_.field name="kanaFirstName" label="houjinConsoleKanaFirstName" value=page.values.kanaFirstName/>
        <@console_.field name="email" label="houjinConsoleEmail" value=page.values.email type="email" hint="houjinConsoleEmailHint"/>
        <div class="pf-v5-c-form__group">
            <div class="pf-v5-c-form__group-label"><span class="pf-v5-c-form__label-text">${msg("houjinConsoleGroup")}</span></div>
            <div class="pf-v5-c-form__group-control"><@console_.groupSelect name="groupId" groups=page.groups selected=page.values.groupId/>
                <div class="pf-v5-c-form__helper-text"><div class="pf-v5-c-helper-text"><div class="pf-v5-c-helper-text__item"><span class="pf-v5-c-helper-text__item-text">${msg("houjinConsoleGroupHint")}</span></div></div></div>
            </div>
        </div>
        <div class="pf-v5-c-form__group pf-m-action"><div class="pf-v5-c-form__actions">
            <button type="submit" class="pf-v5-c-button pf-m-primary" id="houjin-add-submit">${msg("houjinConsoleAddSubmit")}</button>
            <a class="pf-v5-c-button pf-m-link" href="${console.staffUrl}">${msg("houjinConsoleCancel")}</a>
        </div></div>
    </form>
</@console_.page>
