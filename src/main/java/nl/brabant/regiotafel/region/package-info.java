/** Regions, their municipalities and the organisations that take part in the regiotafels. */
package nl.brabant.regiotafel.region;
