<#import "template.ftl" as layout>
<#-- To the account that asked for admin rights (seed 002, 前任者の異動など): its link proves the address and sets the
     password. Escaped by FreeMarker's HTML output format. -->
<@layout.emailLayout>
<p>${msg("houjinAdminRequestLead", corporateId, userId)}</p>
<p><a href="${link}" id="houjin-admin-request-link">${msg("houjinAdminRequestLinkText")}</a></p>
<p>${msg("houjinAdminRecoveryExpiry", hours)}</p>
<p>${msg("houjinAdminRequestWaiting", waitingHours)}</p>
</@layout.emailLayout>
