<#import "template.ftl" as layout>
<#-- To the individual once the corporate account approved the link (seed 004, issue 17). -->
<@layout.emailLayout>
<p>${msg("houjinLinkConfirmedLead", corporationName, corporateId, userId)}</p>
<p>${msg("houjinLinkConfirmedWhen", time)}</p>
<p>${msg("houjinLinkConfirmedIgnore")}</p>
</@layout.emailLayout>
