<#import "template.ftl" as layout>
<#-- 新規登録（法人） with an address that already has a corporate account: the page said the same as ever. -->
<@layout.emailLayout>
<p>${msg("houjinCorporateSignupExistsLead", corporateId)}</p>
<p>${msg("houjinCorporateSignupExistsAction")}</p>
<p>${msg("houjinCorporateSignupExistsIgnore")}</p>
</@layout.emailLayout>
