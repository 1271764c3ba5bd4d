<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#-- Seed 002. mode "adminReset": an admin asks for the recovery mail (法人ID + ユーザーID; step "sent" afterwards);
     "adminProof": the page the mail's link opens, 法人番号 + 振込口座番号 as the second proof;
     "addAdmin": 前任者の異動などによりログインできない場合, an additional admin is registered. -->
<@layout.registrationLayout displayMessage=true; section>
<#assign add = houjin.mode == "addAdmin">
<#assign proof = houjin.mode == "adminProof">
<#macro text name label value type="text" autocomplete="off" inputmode="">
    <@field.group name=name label=label error=kcSanitize(messagesPerField.get(name))?no_esc required=true>
        <span class="${properties.kcInputClass} <#if messagesPerField.existsError(name)>${properties.kcError}</#if>">
            <input id="${name}" name="${name}" value="${value}" type="${type}" autocomplete="${autocomplete}" maxlength="300"
                   <#if inputmode?has_content>inputmode="${inputmode}"</#if> aria-invalid="${messagesPerField.existsError(name)?c}"/>
        </span>
    </@field.group>
</#macro>
<#if section = "header">
    ${msg(add?then((houjin.step == "done")?then("houjinAddAdminDoneTitle", "houjinAddAdminTitle"), proof?then("houjinAdminProofTitle", "houjinAdminResetTitle")))}
<#elseif section = "form">
    <#if houjin.step == "done">
        <p class="houjin-note" id="houjin-add-admin-done">${msg("houjinAddAdminDone", houjin.newEmail)}</p>
        <p class="houjin-note" id="houjin-add-admin-waiting">${msg("houjinAddAdminWaiting")}</p>
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
                <@text name="corporateId" label=msg("houjinCorporateId") value=houjin.corporateId autocomplete="organization" inputmode="numeric"/>
            </#if>
            <#if !add && !proof>
                <@text name="loginId" label=msg("houjinLoginId") value=houjin.login autocomplete="username"/>
            </#if>
            <#if add || proof>
                <@text name="corporateNumber" label=msg("houjinCorporateNumber") value="" inputmode="numeric"/>
                <@text name="bankAccount" label=msg("houjinBankAccount") value="" type="password" inputmode="numeric"/>
            </#if>
            <#if add>
                <@text name="newUserId" label=msg("houjinNewUserId") value=houjin.newUserId/>
                <@text name="lastName" label=msg("houjinProfileLastName") value=houjin.lastName autocomplete="family-name"/>
                <@text name="firstName" label=msg("houjinProfileFirstName") value=houjin.firstName autocomplete="given-name"/>
                <@text name="newEmail" label=msg("houjinEmail") value=houjin.newEmail type="email" autocomplete="email"/>
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
