<#import "template.ftl" as layout>
<#-- Invitation mail (seed 000, 1-1). Every value is escaped by FreeMarker's HTML output format. -->
<@layout.emailLayout>
<p>${msg("houjinInvitationLead", corporationName)}</p>
<p>${msg("houjinInvitationAction")}</p>
<p><a href="${link}" id="houjin-invitation-link">${msg("houjinInvitationLinkText")}</a></p>
<table>
  <tr><th align="left">${msg("houjinInvitationCorporateId")}</th><td>${corporateId}</td></tr>
  <tr><th align="left">${msg("houjinInvitationUserId")}</th><td>${userId}</td></tr>
</table>
<p>${msg("houjinInvitationPasswordNote")}</p>
<p>${msg("houjinInvitationExpiry", expiresAt, lifespanDays)}</p>
<p>${msg("houjinInvitationIgnore")}</p>
</@layout.emailLayout>
