<#import "template.ftl" as layout>
<#-- A corporate admin's recovery mail (seed 002): the link leads to the 法人番号 + 振込口座番号 page. Escaped by
     FreeMarker's HTML output format. -->
<@layout.emailLayout>
<p>${msg("houjinAdminRecoveryLead", corporateId, userId)}</p>
<p><a href="${link}" id="houjin-admin-recovery-link">${msg("houjinAdminRecoveryLinkText")}</a></p>
<p>${msg("houjinAdminRecoveryExpiry", hours)}</p>
<p>${msg("houjinAdminRecoveryIgnore")}</p>
</@layout.emailLayout>
