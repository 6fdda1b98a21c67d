/** Live updates: Server-Sent Events to browsers, fanned out across nodes through PostgreSQL LISTEN/NOTIFY. */
package org.silta.app.realtime;
