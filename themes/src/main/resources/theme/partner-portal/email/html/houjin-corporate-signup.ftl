<#import "template.ftl" as layout>
<#-- 本登録 mail of 新規登録（法人） (seed 004). Every value is escaped by FreeMarker's HTML output format; the applicant's
     own text (法人名) comes only after the link, quoted, so the portal's sender never leads with a stranger's words. -->
<@layout.emailLayout>
<p>${msg("houjinCorporateSignupLead")}</p>
<p><a href="${link}" id="houjin-corporate-signup-link">${msg("houjinCorporateSignupLinkText")}</a></p>
<p>${msg("houjinCorporateSignupApplied", corporationName)}</p>
<p>${msg("houjinCorporateSignupIds", corporateId, userId)}</p>
<p>${msg("houjinCorporateSignupExpiry", hours)}</p>
<p>${msg("houjinCorporateSignupIgnore")}</p>
</@layout.emailLayout>
