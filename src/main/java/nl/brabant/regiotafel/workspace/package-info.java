/** A region's workspace: the page where its members find the region, its people and its work. */
package nl.brabant.regiotafel.workspace;
