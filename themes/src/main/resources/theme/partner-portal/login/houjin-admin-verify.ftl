<#import "template.ftl" as layout>
<#import "houjin-fields.ftl" as fields>
<#-- Seed 002. mode "adminReset": an admin asks for the recovery mail (法人ID + ユーザーID; step "sent" afterwards);
     "adminProof": the page the mail's link opens, 法人番号 + 振込口座番号 as the second proof;
     "addAdmin": 前任者の異動などによりログインできない場合, an additional admin is registered. -->
<@layout.registrationLayout displayMessage=true; section>
<#assign add = houjin.mode == "addAdmin">
<#assign proof = houjin.mode == "adminProof">
<#if section = "header">
    ${msg(add?then((houjin.step == "done")?then("houjinAddAdminDoneTitle", "houjinAddAdminTitle"), proof?then("houjinAdminProofTitle", "houjinAdminResetTitle")))}
<#elseif section = "form">
    <#if houjin.step == "done">
        <p class="houjin-note" id="houjin-add-admin-done">${msg("houjinAddAdminDone", houjin.newEmail)}</p>
        <p class="houjin-note" id="houjin-add-admin-waiting">${msg("houjinAddAdminWaiting")}</p>
    <#elseif houjin.step == "confirm">
        <p class="houjin-note" id="houjin-verify-intro">${msg("houjinAddAdminConfirmIntro")}</p>
        <dl id="houjin-add-admin-confirm" class="houjin-confirm">
            <dt>${msg("houjinCorporateId")}</dt><dd id="confirm-corporateId">${houjin.corporateId}</dd>
            <dt>${msg("houjinCorporateNumber")}</dt><dd id="confirm-corporateNumber">${houjin.corporateNumber}</dd>
            <dt>${msg("houjinBankAccount")}</dt><dd id="confirm-bankAccount">${msg("houjinEnteredSecret")}</dd>
            <dt>${msg("houjinNewUserId")}</dt><dd id="confirm-newUserId">${houjin.newUserId}</dd>
            <dt>${msg("houjinProfileName")}</dt><dd id="confirm-name">${houjin.lastName} ${houjin.firstName}</dd>
            <dt>${msg("houjinEmail")}</dt><dd id="confirm-newEmail">${houjin.newEmail}</dd>
        </dl>
        <form id="houjin-form-verify" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="${properties.kcFormGroupClass}">
                <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="houjin-verify" type="submit"
                        name="houjinVerify" value="addAdminRegister">${msg("houjinRegister")}</button>
            </div>
            <div class="${properties.kcFormGroupClass}">
                <button class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}" id="houjin-verify-edit" type="submit"
                        name="houjinVerify" value="addAdminEdit">${msg("houjinEdit")}</button>
            </div>
        </form>
    <#elseif houjin.step == "sent">
        <p class="houjin-note" id="houjin-admin-recovery-sent">${msg("houjinAdminRecoverySent")}</p>
    <#else>
        <#if proof>
            <p class="houjin-note" id="houjin-verify-intro">${msg("houjinAdminProofIntro", houjin.corporateId, houjin.login)}</p>
        <#else>
            <p class="houjin-note" id="houjin-verify-intro">${msg(add?then("houjinAddAdminIntro", "houjinAdminResetIntro"))}</p>
        </#if>
        <form id="houjin-form-verify" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <input type="hidden" name="houjinVerify" value="${houjin.mode}"/>
            <#if !proof>
                <@fields.text name="corporateId" label=msg("houjinCorporateId") value=houjin.corporateId autocomplete="organization" inputmode="numeric"/>
            </#if>
            <#if !add && !proof>
                <@fields.text name="loginId" label=msg("houjinLoginId") value=houjin.login autocomplete="username"/>
            </#if>
            <#if add || proof>
                <@fields.text name="corporateNumber" label=msg("houjinCorporateNumber") value="" inputmode="numeric"/>
                <@fields.text name="bankAccount" label=msg("houjinBankAccount") value="" type="password" inputmode="numeric"/>
            </#if>
            <#if add>
                <@fields.text name="newUserId" label=msg("houjinNewUserId") value=houjin.newUserId/>
                <@fields.text name="lastName" label=msg("houjinProfileLastName") value=houjin.lastName autocomplete="family-name"/>
                <@fields.text name="firstName" label=msg("houjinProfileFirstName") value=houjin.firstName autocomplete="given-name"/>
                <@fields.text name="newEmail" label=msg("houjinEmail") value=houjin.newEmail type="email" autocomplete="email"/>
            </#if>
            <#if add || proof>
                <p class="houjin-note">${msg("houjinVerifyUnknownNumbers")}</p>
            </#if>
            <div class="${properties.kcFormGroupClass}">
                <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="houjin-verify" type="submit">${msg(add?then("houjinAddAdminSubmit", proof?then("houjinAdminProofSubmit", "houjinAdminResetSubmit")))}</button>
            </div>
        </form>
    </#if>
    <form action="${url.loginAction}" method="post">
        <button type="submit" id="houjin-back" name="houjinInfo" value="back" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}">${msg("houjinBackToLogin")}</button>
    </form>
</#if>
</@layout.registrationLayout>
