<#import "houjin-console.ftl" as console_>
<#-- 法人登録 (operators): 法人ID given or assigned, name, フリガナ, 法人番号 (check digit verified), status. Its first
     corporate admin is added on the corporation's スタッフ追加 page that 法人詳細 links to. -->
<@console_.page id="houjin-console-corporation-new" title="houjinCorporationNew">
    <p class="houjin-console-note">${msg("houjinCorporationNewNote")}</p>
    <form class="pf-v5-c-form houjin-console-form" id="houjin-new-corporation" action="${page.actionUrl}" method="post" novalidate>
        <input type="hidden" name="csrf" value="${console.csrf}">
        <@console_.field name="corporateId" label="houjinConsoleCorporateId" value=page.values.corporateId hint="houjinCorporationIdHint"/>
        <@console_.field name="name" label="houjinCorporationName" value=page.values.name required=true/>
        <@console_.field name="nameKana" label="houjinCorporationKana" value=page.values.nameKana/>
        <@console_.field name="corporateNumber" label="houjinCorporationNumber" value=page.values.corporateNumber hint="houjinCorporationNumberHint"/>
        <div class="pf-v5-c-form__group">
            <div class="pf-v5-c-form__group-label"><label class="pf-v5-c-form__label" for="status"><span class="pf-v5-c-form__label-text">${msg("houjinCorporationStatus")}</span></label></div>
            <div class="pf-v5-c-form__group-control"><span class="pf-v5-c-form-control"><select id="status" name="status">
                <option value="active"<#if page.values.status != "suspended"> selected</#if>>${msg("houjinCorporationStatus_active")}</option>
                <option value="suspended"<#if page.values.status == "suspended"> selected</#if>>${msg("houjinCorporationStatus_suspended")}</option>
            </select></span></div>
        </div>
        <div class="pf-v5-c-form__group pf-m-action"><div class="pf-v5-c-form__actions">
            <button type="submit" class="pf-v5-c-button pf-m-primary" id="houjin-create-submit">${msg("houjinCorporationCreateSubmit")}</button>
            <a class="pf-v5-c-button pf-m-link" href="${console.corporationsUrl}">${msg("houjinConsoleCancel")}</a>
        </div></div>
    </form>
</@console_.page>
