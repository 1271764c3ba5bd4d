<#import "template.ftl" as layout>
<#-- Password reset mail (seed 000 FAQ ⑤). Every value is escaped by FreeMarker's HTML output format. -->
<@layout.emailLayout>
<p>${msg("houjinResetLead", corporateId, userId)}</p>
<p><a href="${link}" id="houjin-reset-link">${msg("houjinResetLinkText")}</a></p>
<p>${msg("houjinResetExpiry", msg("houjinDuration_" + lifespan.unit, lifespan.amount))}</p>
<p>${msg("houjinResetIgnore")}</p>
</@layout.emailLayout>
