<#import "template.ftl" as layout>
<#-- To the address an email change replaced: what changed, when and from where. Escaped by the HTML output format. -->
<@layout.emailLayout>
<p>${msg("houjinEmailChangedLead", previousEmail, newEmail)}</p>
<p>${msg("houjinNoticeWhen", time, address)}</p>
<p>${msg("houjinEmailChangedCheck")}</p>
</@layout.emailLayout>
