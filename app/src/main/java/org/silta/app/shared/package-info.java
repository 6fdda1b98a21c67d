/** Value types every module speaks in: multilingual text, countries, languages, validation. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.silta.app.shared;
