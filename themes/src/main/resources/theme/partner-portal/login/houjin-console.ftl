<#-- 法人管理: the layout every console page composes (houjin-console-*.ftl). PatternFly 5 as Keycloak ships it; every
     text through msg(); every value escaped by FreeMarker's HTML output format. The page id on <body> is what tests
     wait for. -->
<#macro page id title>
<!DOCTYPE html>
<html lang="${(locale.currentLanguageTag)!'ja'}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>${msg(title)} | ${msg("houjinConsoleTitle")}</title>
    <link rel="stylesheet" href="${url.resourcesCommonPath}/vendor/patternfly-v5/patternfly.min.css">
    <link rel="stylesheet" href="${url.resourcesCommonPath}/vendor/patternfly-v5/patternfly-addons.css">
    <link rel="stylesheet" href="${url.resourcesPath}/css/houjin-console.css">
</head>
<body id="${id}">
<div class="pf-v5-c-page">
    <header class="pf-v5-c-masthead houjin-console-masthead">
        <div class="pf-v5-c-masthead__main">
            <a class="pf-v5-c-masthead__brand houjin-console-brand" href="${console.homeUrl}">${msg("houjinConsoleTitle")}</a>
        </div>
        <div class="pf-v5-c-masthead__content houjin-console-masthead-content">
            <#if console.corporationName??>
                <span class="houjin-console-corporation" id="houjin-console-corporation">${console.corporationName}（${msg("houjinConsoleCorporateId")}: ${console.corporateId}）</span>
            </#if>
            <#if console.adminName??>
                <span class="houjin-console-admin" id="houjin-console-admin"><#if console.operator??>${msg("houjinConsoleOperator")}: </#if>${console.adminName}</span>
            </#if>
            <#if locale?? && locale.supported?size gt 1>
                <span class="houjin-console-locales">
                <#list locale.supported as l>
                    <a href="${l.url}" id="houjin-locale-${l.languageTag}" lang="${l.languageTag}"<#if l.languageTag == locale.currentLanguageTag> aria-current="true"</#if>>${l.label}</a>
                </#list>
                </span>
            </#if>
            <#if console.signOutUrl??>
                <a class="pf-v5-c-button pf-m-plain houjin-console-signout" id="houjin-sign-out" href="${console.signOutUrl}">${msg("houjinConsoleSignOut")}</a>
            </#if>
        </div>
    </header>
    <main class="pf-v5-c-page__main" id="houjin-console-main">
    <#if console.corporationName?? || console.operator??>
        <section class="pf-v5-c-page__main-nav houjin-console-nav">
        <nav class="pf-v5-c-nav pf-m-horizontal-subnav" aria-label="${msg("houjinConsoleTitle")}">
        <ul class="pf-v5-c-nav__list">
            <#if console.operator??>
            <li class="pf-v5-c-nav__item"><a class="pf-v5-c-nav__link<#if id == "houjin-console-corporations"> pf-m-current</#if>" id="houjin-nav-corporations" href="${console.corporationsUrl}">${msg("houjinCorporationList")}</a></li>
            <#if console.canWrite><li class="pf-v5-c-nav__item"><a class="pf-v5-c-nav__link<#if id == "houjin-console-corporation-new"> pf-m-current</#if>" id="houjin-nav-new-corporation" href="${console.newCorporationUrl}">${msg("houjinCorporationNew")}</a></li></#if>
            <#if console.corporationUrl??><li class="pf-v5-c-nav__item"><a class="pf-v5-c-nav__link" id="houjin-nav-corporation" href="${console.corporationUrl}">${msg("houjinCorporationDetail")}</a></li></#if>
            </#if>
            <#if (console.admin!false) && console.corporationName??>
            <li class="pf-v5-c-nav__item"><a class="pf-v5-c-nav__link<#if id == "houjin-console-staff"> pf-m-current</#if>" id="houjin-nav-staff" href="${console.staffUrl}">${msg("houjinConsoleStaffList")}</a></li>
            <#if console.canWrite><li class="pf-v5-c-nav__item"><a class="pf-v5-c-nav__link<#if id == "houjin-console-staff-new"> pf-m-current</#if>" id="houjin-nav-new" href="${console.newStaffUrl}">${msg("houjinConsoleStaffNew")}</a></li></#if>
            <li class="pf-v5-c-nav__item"><a class="pf-v5-c-nav__link<#if id == "houjin-console-groups"> pf-m-current</#if>" id="houjin-nav-groups" href="${console.groupsUrl}">${msg("houjinConsoleGroups")}</a></li>
            <#if console.ipAllowListUrl??><li class="pf-v5-c-nav__item"><a class="pf-v5-c-nav__link<#if id == "houjin-console-ip-allow-list"> pf-m-current</#if>" id="houjin-nav-ip" href="${console.ipAllowListUrl}">${msg("houjinConsoleIpAllowList")}</a></li></#if>
            </#if>
            <#if console.myGroupUrl??>
            <li class="pf-v5-c-nav__item"><a class="pf-v5-c-nav__link" id="houjin-nav-my-group" href="${console.myGroupUrl}">${msg("houjinConsoleMyGroup")}</a></li>
            </#if>
            <#if (console.admin!false) && !console.operator??>
            <li class="pf-v5-c-nav__item"><a class="pf-v5-c-nav__link" id="houjin-nav-links" href="${console.linksUrl}">${msg("houjinConsoleLinks")}</a></li>
            </#if>
        </ul>
    </nav>
        </section>
    </#if>
        <section class="pf-v5-c-page__main-section pf-m-light">
            <h1 class="pf-v5-c-title pf-m-2xl" id="houjin-console-title">${msg(title)}</h1>
        </section>
        <section class="pf-v5-c-page__main-section">
            <#if message?has_content>
                <div class="pf-v5-c-alert pf-m-inline <#if message.type == "error">pf-m-danger<#elseif message.type == "success">pf-m-success<#else>pf-m-info</#if> houjin-console-alert" id="houjin-console-message" role="<#if message.type == "error">alert<#else>status</#if>">
                    <p class="pf-v5-c-alert__title">${message.summary}</p>
                </div>
            </#if>
            <#nested>
        </section>
    </main>
</div>
</body>
</html>
</#macro>

<#-- A button that posts one action with the session's CSRF token. -->
<#macro action url name button label kind="secondary" value="" field="">
<form class="houjin-console-action" action="${url}" method="post">
    <input type="hidden" name="csrf" value="${console.csrf}">
    <input type="hidden" name="action" value="${name}">
    <#if field?has_content><input type="hidden" name="${field}" value="${value}"></#if>
    <button type="submit" class="pf-v5-c-button pf-m-${kind}" id="${button}">${msg(label)}</button>
</form>
</#macro>

<#-- A select of groups (tree order, indented by level); "all" adds an empty first option with that label. -->
<#macro groupSelect name groups selected="" all="" label="houjinConsoleGroup">
<label class="pf-v5-screen-reader" for="${name}">${msg(label)}</label>
<span class="pf-v5-c-form-control<#if messagesPerField.existsError(name)> pf-m-error</#if>"><select id="${name}" name="${name}">
    <#if all?has_content><option value=""<#if selected == ""> selected</#if>>${msg(all)}</option></#if>
    <#list groups as g>
        <option value="${g.id()}"<#if g.id() == selected> selected</#if>><#list 0..<g.level() as i>　</#list>${g.name()}</option>
    </#list>
</select></span>
<#if messagesPerField.existsError(name)>
    <div class="pf-v5-c-form__helper-text" id="input-error-container-${name}" aria-live="polite"><div class="pf-v5-c-helper-text"><div class="pf-v5-c-helper-text__item pf-m-error"><span class="pf-v5-c-helper-text__item-text">${kcSanitize(messagesPerField.get(name))?no_esc}</span></div></div></div>
</#if>
</#macro>

<#-- One text field of a console form, with its message under it. -->
<#macro field name label value required=false type="text" hint="">
<div class="pf-v5-c-form__group">
    <div class="pf-v5-c-form__group-label">
        <label class="pf-v5-c-form__label" for="${name}"><span class="pf-v5-c-form__label-text">${msg(label)}</span><#if required><span class="pf-v5-c-form__label-required" aria-hidden="true">&#42;</span></#if></label>
    </div>
    <div class="pf-v5-c-form__group-control">
        <span class="pf-v5-c-form-control<#if messagesPerField.existsError(name)> pf-m-error</#if>">
            <input type="${type}" id="${name}" name="${name}" value="${value}"<#if required> required</#if> aria-invalid="${messagesPerField.existsError(name)?c}">
        </span>
        <#if messagesPerField.existsError(name)>
            <div class="pf-v5-c-form__helper-text" id="input-error-container-${name}" aria-live="polite"><div class="pf-v5-c-helper-text"><div class="pf-v5-c-helper-text__item pf-m-error"><span class="pf-v5-c-helper-text__item-text">${kcSanitize(messagesPerField.get(name))?no_esc}</span></div></div></div>
        <#elseif hint?has_content>
            <div class="pf-v5-c-form__helper-text"><div class="pf-v5-c-helper-text"><div class="pf-v5-c-helper-text__item"><span class="pf-v5-c-helper-text__item-text">${msg(hint)}</span></div></div></div>
        </#if>
    </div>
</div>
</#macro>
