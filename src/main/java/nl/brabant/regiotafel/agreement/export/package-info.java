/** PDF export of a version of an agreement. */
package nl.brabant.regiotafel.agreement.export;
