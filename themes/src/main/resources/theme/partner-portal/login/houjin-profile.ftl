<#import "template.ftl" as layout>
<#import "houjin-fields.ftl" as fields>
<@layout.registrationLayout displayMessage=false; section>
<#if section = "header">
    ${msg("houjinProfileTitle")}
<#elseif section = "form">
    <#if houjinStep == "input">
        <p class="houjin-note" id="houjin-profile-intro">${msg("houjinProfileIntro")}</p>
        <form id="houjin-profile-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <input type="hidden" name="step" value="confirm"/>
            <#-- グループ名 is the group the inviter chose: shown, not typed (an admin changes it in 法人管理). -->
            <div class="${properties.kcFormGroupClass!}">
                <span class="${properties.kcLabelClass!}" id="label-groupName">${msg("houjinProfileGroupName")}</span>
                <p class="houjin-readonly" id="groupName-shown" aria-labelledby="label-groupName">${houjinProfile["groupName"]!""}</p>
                <div class="houjin-example">${msg("houjinProfileGroupNameNote")}</div>
            </div>
            <@fields.text name="lastName" value=houjinProfile["lastName"] maxlength=120 autocomplete="" label=msg("houjinProfileLastName") example=msg("houjinProfileLastNameExample") required=true/>
            <@fields.text name="firstName" value=houjinProfile["firstName"] maxlength=120 autocomplete="" label=msg("houjinProfileFirstName") example=msg("houjinProfileFirstNameExample") required=true/>
            <@fields.text name="kanaLastName" value=houjinProfile["kanaLastName"] maxlength=120 autocomplete="" label=msg("houjinProfileKanaLastName") example=msg("houjinProfileKanaLastNameExample") required=true/>
            <@fields.text name="kanaFirstName" value=houjinProfile["kanaFirstName"] maxlength=120 autocomplete="" label=msg("houjinProfileKanaFirstName") example=msg("houjinProfileKanaFirstNameExample") required=true/>
            <@fields.text name="password" label=msg("houjinProfileNewPassword") type="password" autocomplete="new-password"
                    reveal=true>
                <@fields.passwordRules rules=houjinRules userId=houjinUserId/>
            </@fields.text>
            <div class="${properties.kcFormGroupClass}">
                <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="houjin-confirm" type="submit">${msg("houjinConfirm")}</button>
            </div>
        </form>
        <script src="${url.resourcesPath}/js/houjin-profile.js" defer></script>
    <#else>
        <p>${msg("houjinProfileConfirmText")}</p>
        <dl id="houjin-profile-confirm" class="houjin-confirm">
            <dt>${msg("houjinProfileGroupName")}</dt><dd id="confirm-groupName">${houjinProfile.groupName}</dd>
            <dt>${msg("houjinProfileName")}</dt><dd id="confirm-name">${houjinProfile.lastName} ${houjinProfile.firstName}</dd>
            <dt>${msg("houjinProfileKana")}</dt><dd id="confirm-kana">${houjinProfile.kanaLastName} ${houjinProfile.kanaFirstName}</dd>
            <dt>${msg("houjinProfileNewPassword")}</dt><dd>********</dd>
        </dl>
        <form action="${url.loginAction}" method="post">
            <input type="hidden" name="sealKey" value="${houjinSealKey!''}"/>
            <button class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" id="houjin-save" name="step" value="save" type="submit">${msg("houjinRegister")}</button>
            <button class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}" id="houjin-back-to-input" name="step" value="back" type="submit">${msg("houjinBack")}</button>
        </form>
    </#if>
</#if>
</@layout.registrationLayout>
