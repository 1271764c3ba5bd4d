<#import "template.ftl" as layout>
<#-- Notice to the other admins of a corporation (seed 002). A request for admin rights carries this admin's own
     approve / cancel links and the waiting period. Values are escaped by the HTML output format. -->
<@layout.emailLayout>
<p>${msg("houjinNotice_" + kind, userId, name)}</p>
<#if waitingHours??><p>${msg("houjinNoticeWaiting", waitingHours)}</p></#if>
<#if approveLink??><p><a href="${approveLink}" id="houjin-approve-link">${msg("houjinNoticeApprove")}</a></p></#if>
<#if cancelLink??><p><a href="${cancelLink}" id="houjin-cancel-link">${msg("houjinNoticeCancel")}</a></p></#if>
<p>${msg("houjinNoticeWhen", time, address)}</p>
<p>${msg("houjinNoticeCheck")}</p>
</@layout.emailLayout>
