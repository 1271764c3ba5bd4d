<#import "field.ftl" as field>
<#-- The partner-portal form fields, composed by the pages (as keycloak.v2's field.ftl is): one text input in
     Keycloak's field group, with its error under it and an optional example line. -->
<#macro text name label value type="text" autocomplete="off" required=true example="" inputmode="" maxlength=300>
    <@field.group name=name label=label error=kcSanitize(messagesPerField.get(name))?no_esc required=required>
        <span class="${properties.kcInputClass} <#if messagesPerField.existsError(name)>${properties.kcError}</#if>">
            <input id="${name}" name="${name}" value="${value}" type="${type}" autocomplete="${autocomplete}" maxlength="${maxlength?c}"
                   <#if inputmode?has_content>inputmode="${inputmode}"</#if> aria-invalid="${messagesPerField.existsError(name)?c}"/>
        </span>
        <#if example?has_content><div class="houjin-example">${example}</div></#if>
    </@field.group>
</#macro>
