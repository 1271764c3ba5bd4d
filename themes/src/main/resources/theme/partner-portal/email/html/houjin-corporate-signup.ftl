<#import "template.ftl" as layout>
<#-- 本登録 mail of 新規登録（法人） (seed 004). Every value is escaped by FreeMarker's HTML output format. -->
<@layout.emailLayout>
<p>${msg("houjinCorporateSignupLead", corporationName)}</p>
<p><a href="${link}" id="houjin-corporate-signup-link">${msg("houjinCorporateSignupLinkText")}</a></p>
<p>${msg("houjinCorporateSignupIds", corporateId, userId)}</p>
<p>${msg("houjinCorporateSignupExpiry", hours)}</p>
<p>${msg("houjinCorporateSignupIgnore")}</p>
</@layout.emailLayout>
