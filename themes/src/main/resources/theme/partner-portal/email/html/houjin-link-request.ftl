<#import "template.ftl" as layout>
<#-- To a corporate account an individual asked to be linked to (seed 004, issue 17). The individual's name and email
     are the asker's own text: escaped by the HTML output format and quoted, after our sentence, never a link. -->
<@layout.emailLayout>
<p>${msg("houjinLinkRequestLead", corporationName)}</p>
<p>${msg("houjinLinkRequestWho", individualName, individualEmail, time)}</p>
<p>${msg("houjinLinkRequestAction")}</p>
<p><a href="${link}">${msg("houjinLinkRequestLinkText")}</a></p>
<p>${msg("houjinLinkRequestIgnore")}</p>
</@layout.emailLayout>
