<#import "template.ftl" as layout>
<#-- Notice to the other admins of a corporation (seed 002). Values are escaped by the HTML output format. -->
<@layout.emailLayout>
<p>${msg("houjinNotice_" + kind, userId, name)}</p>
<p>${msg("houjinNoticeWhen", time, address)}</p>
<p>${msg("houjinNoticeCheck")}</p>
</@layout.emailLayout>
